export { DropZone } from './DropZone';
export { startHost } from './startup';
