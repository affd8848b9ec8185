import { BlockList, isIP } from 'node:net';

/** Why the platform, out on the internet, cannot send to an address. */
export type PrivateKind = 'loopback' | 'private' | 'link-local' | 'unspecified';

/** The ranges no machine on the internet can reach, by kind (RFC 1122, 1918, 3927, 4193, 6598). */
const RANGES: [PrivateKind, string, number, 'ipv4' | 'ipv6'][] = [
  ['loopback', '127.0.0.0', 8, 'ipv4'],
  ['loopback', '::1', 128, 'ipv6'],
  ['unspecified', '0.0.0.0', 8, 'ipv4'],
  ['unspecified', '::', 128, 'ipv6'],
  ['private', '10.0.0.0', 8, 'ipv4'],
  ['private', '172.16.0.0', 12, 'ipv4'],
  ['private', '192.168.0.0', 16, 'ipv4'],
  // Carrier-grade NAT: shared by an ISP's customers, not reachable from outside either.
  ['private', '100.64.0.0', 10, 'ipv4'],
  ['private', 'fc00::', 7, 'ipv6'],
  ['link-local', '169.254.0.0', 16, 'ipv4'],
  ['link-local', 'fe80::', 10, 'ipv6'],
];

const LISTS = new Map<PrivateKind, BlockList>();
for (const [kind, network, prefix, family] of RANGES) {
  const list = LISTS.get(kind) ?? new BlockList();
  list.addSubnet(network, prefix, family);
  LISTS.set(kind, list);
}

/**
 * Which non-public range an IP address is in, or null for a public address (or something that is
 * not an IP address at all). IPv4 addresses written as IPv6 (::ffff:127.0.0.1) count as IPv4.
 */
export function privateKindOf(address: string): PrivateKind | null {
  const family = isIP(address);
  if (family === 0) return null;
  for (const [kind, list] of LISTS) {
    if (list.check(address, family === 4 ? 'ipv4' : 'ipv6')) return kind;
  }
  return null;
}
