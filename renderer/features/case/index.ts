export { DropZone } from './DropZone';
export { filesFromDrop, filesFromFolderInput, type FolderFile } from './folder-files';
export { startHost } from './startup';
