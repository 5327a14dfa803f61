export { Toolbar } from './Toolbar';
export { LoadBar } from './LoadBar';
export { Notices } from './Notices';
export { StatusBar } from './StatusBar';
