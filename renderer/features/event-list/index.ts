export { EventList } from './EventList';
export { PageCache } from './page-cache';
