export { connectHost, CONNECTING, type HostConnection } from './connect';
export { HostProvider, useHost } from './HostContext';
export { hostSocketUrl } from './ws-transport';
