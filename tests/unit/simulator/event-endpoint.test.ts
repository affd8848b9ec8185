import { describe, expect, it } from 'vitest';
import {
  displayEndpoint,
  endpointProblem,
  parseEventEndpoint,
} from '../../../electron/simulator/delivery/event-endpoint';

describe('event endpoints', () => {
  it('reads grpc:// as an address in the clear, and port 443 or no port as TLS', () => {
    expect(parseEventEndpoint('grpc://127.0.0.1:9001')).toEqual({
      kind: 'grpc',
      address: '127.0.0.1:9001',
      tls: false,
    });
    expect(parseEventEndpoint('grpc://events.example.com')).toEqual({
      kind: 'grpc',
      address: 'events.example.com:443',
      tls: true,
    });
    expect(parseEventEndpoint('grpcs://h:9001')).toMatchObject({ tls: true });
    expect(parseEventEndpoint('https://h/events')).toEqual({
      kind: 'http',
      url: 'https://h/events',
    });
    expect(parseEventEndpoint('tcp://h:1')).toBeUndefined();
  });

  it('explains a bad endpoint, naming the field', () => {
    expect(endpointProblem('leg_event_endpoint', 'grpc://h:1')).toBeUndefined();
    expect(endpointProblem('leg_event_endpoint', 'h:1')).toMatch(
      /^leg_event_endpoint must start with grpc:\/\//,
    );
    expect(endpointProblem('leg_event_endpoint', 'grpc://h:99999')).toMatch(
      /must be grpc:\/\/host:port/,
    );
  });

  it('refuses grpcs:// wherever an endpoint is given (seed 000: "must start with grpc://")', () => {
    expect(endpointProblem('leg_event_endpoint', 'grpcs://h:1')).toBe(
      'leg_event_endpoint must start with grpc:// (for TLS, grpc://host:443), not "grpcs://h:1"',
    );
    expect(endpointProblem('legEventEndpoint', 'grpcs://h:443')).toMatch(/grpc:\/\/host:443/);
    expect(endpointProblem('x', 'grpc://h:443')).toBeUndefined();
  });

  it("shows the endpoint as the seed's reply does: without grpc://", () => {
    expect(displayEndpoint('grpc://127.0.0.1:9001')).toBe('127.0.0.1:9001');
    expect(displayEndpoint('https://h/e')).toBe('https://h/e');
  });
});
