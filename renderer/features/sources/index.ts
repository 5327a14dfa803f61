export { SourcesPanel } from './SourcesPanel';
