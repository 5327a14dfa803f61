import { describe, expect, it } from 'vitest';
import { hostSocketUrl } from './ws-transport';

describe('hostSocketUrl', () => {
  it('carries the page token to the same host', () => {
    expect(hostSocketUrl({ protocol: 'http:', host: '127.0.0.1:4321', search: '?token=abc-123' })).toBe('ws://127.0.0.1:4321/ws?token=abc-123');
    expect(hostSocketUrl({ protocol: 'https:', host: 'h', search: '?x=1&token=a%2Bb' })).toBe('wss://h/ws?token=a%2Bb');
  });
  it('has no socket for file:// pages and works without a token (cookie)', () => {
    expect(hostSocketUrl({ protocol: 'file:', host: '', search: '' })).toBeNull();
    expect(hostSocketUrl({ protocol: 'http:', host: 'h:1', search: '' })).toBe('ws://h:1/ws');
  });
});
