package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that never change what a page shows.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true, "mc_eid": true,
	"igshid": true, "yclid": true, "_ga": true, "ref": true, "ref_src": true, "cmpid": true,
	"ocid": true, "spm": true, "share": true, "amp": false,
}

// CanonicalURL normalizes a URL so that the same page gets the same key:
// lower-case scheme and host, no default port, no fragment, no trailing
// slash, tracking parameters (utm_* and the like) removed, the rest sorted.
// An unparseable URL is returned trimmed.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	switch {
	case host == "": // "//::": a host part with no name
		return raw
	case strings.Contains(host, ":"):
		if !strings.HasPrefix(u.Host, "[") { // "//0::": not an address
			return raw
		}
		host = "[" + host + "]" // IPv6
	}
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	q := u.Query()
	keys := make([]string, 0, len(q))
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		vals := q[k]
		sort.Strings(vals)
		for j, v := range vals {
			if i > 0 || j > 0 {
				b.WriteByte('&')
			}
			b.WriteString(url.QueryEscape(k))
			b.WriteByte('=')
			b.WriteString(url.QueryEscape(v))
		}
	}
	u.RawQuery = b.String()
	u.ForceQuery = false
	p := u.EscapedPath()
	if len(p) > 1 {
		p = strings.TrimRight(p, "/")
	}
	if p == "/" {
		p = ""
	}
	u.RawPath = ""
	if up, err := url.PathUnescape(p); err == nil {
		u.Path = up
	}
	return u.String()
}

// URLID is the stable id of a document fetched from a URL: a hash of its
// canonical form.
func URLID(raw string) string {
	sum := sha256.Sum256([]byte(CanonicalURL(raw)))
	return "u" + hex.EncodeToString(sum[:8])
}
