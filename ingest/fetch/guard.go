package fetch

import (
	"fmt"
	"net/netip"
	"syscall"
)

// nonPublic lists special-purpose ranges (IANA IPv4/IPv6 special-purpose
// address registries) that a news fetcher has no business connecting to, on
// top of what netip.Addr's predicates already catch. Read-only.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT (RFC 6598)
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // TEST-NET-1
	netip.MustParsePrefix("192.88.99.0/24"),  // 6to4 relay anycast
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // TEST-NET-2
	netip.MustParsePrefix("203.0.113.0/24"),  // TEST-NET-3
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, incl. broadcast
	netip.MustParsePrefix("::/8"),            // loopback, unspecified, IPv4-compatible (mapped ones are unmapped first)
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local-use NAT64
	netip.MustParsePrefix("100::/64"),        // discard-only
	netip.MustParsePrefix("2001::/23"),       // IETF protocol assignments, incl. Teredo
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("3fff::/20"),       // documentation
	netip.MustParsePrefix("5f00::/16"),       // SRv6 SIDs
	netip.MustParsePrefix("fec0::/10"),       // deprecated site-local
}

var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96") // embeds an IPv4 address in the last 32 bits
	sixToFour = netip.MustParsePrefix("2002::/16")    // embeds an IPv4 address in bits 16..48
)

// IsPublic reports whether a is a globally routable unicast address that the
// fetcher may connect to. It refuses loopback, RFC 1918 and fc00::/7 private,
// link-local (169.254/16 — cloud metadata — and fe80::/10), unspecified,
// multicast, CGNAT, documentation and other special-purpose ranges, and IPv6
// forms that embed a non-public IPv4 address (mapped, NAT64, 6to4).
func IsPublic(a netip.Addr) bool {
	a = a.Unmap().WithZone("")
	if !a.IsValid() || !a.IsGlobalUnicast() || a.IsPrivate() ||
		a.IsLoopback() || a.IsLinkLocalUnicast() || a.IsMulticast() || a.IsUnspecified() {
		return false
	}
	if a.Is6() {
		b := a.As16()
		switch {
		case nat64.Contains(a):
			return IsPublic(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
		case sixToFour.Contains(a):
			return IsPublic(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
		}
	}
	for _, p := range nonPublic {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

// dialControl is installed as net.Dialer.Control: it runs after name
// resolution and before connect(2) for every connection the transport opens,
// so neither DNS rebinding nor a redirect to an internal name can reach a
// non-public address, and nothing is sent to a refused one.
func dialControl(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: unparseable dial address %q", ErrBlockedAddress, address)
	}
	if !IsPublic(ap.Addr()) {
		return fmt.Errorf("%w: %s", ErrBlockedAddress, ap.Addr())
	}
	return nil
}
