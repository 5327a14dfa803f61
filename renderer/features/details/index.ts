export { DetailsPane } from './DetailsPane';
