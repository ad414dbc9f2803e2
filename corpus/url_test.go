package corpus

import "testing"

func TestCanonicalURL(t *testing.T) {
	cases := []struct{ in, want string }{
		{"HTTPS://Example.ORG/News/Item/", "https://example.org/News/Item"},
		{"https://example.org:443/a?utm_source=x&utm_medium=y&id=3#top", "https://example.org/a?id=3"},
		{"http://example.org:80/", "http://example.org"},
		{"https://example.org/a?b=2&a=1&fbclid=zz", "https://example.org/a?a=1&b=2"},
		{"https://user:pw@example.org/a", "https://example.org/a"},
		{"https://example.org:8443/a/", "https://example.org:8443/a"},
		{"https://example.org/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8/", "https://example.org/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8"},
		{"not a url", "not a url"},
	}
	for _, c := range cases {
		if got := CanonicalURL(c.in); got != c.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if URLID("https://example.org/a?utm_campaign=1") != URLID("https://EXAMPLE.org/a/") {
		t.Error("URLID must be stable across URL forms")
	}
	if URLID("https://example.org/a") == URLID("https://example.org/b") {
		t.Error("different URLs must get different ids")
	}
}

func FuzzCanonicalURL(f *testing.F) {
	f.Add("https://example.org/a?utm_source=1")
	f.Fuzz(func(t *testing.T, s string) {
		c := CanonicalURL(s)
		if CanonicalURL(c) != c {
			t.Fatalf("not idempotent: %q → %q → %q", s, c, CanonicalURL(c))
		}
	})
}

func TestCanonicalURLOddHosts(t *testing.T) {
	for in, want := range map[string]string{
		"http://[::1]:8080/a/":   "http://[::1]:8080/a",
		"https://[2001:db8::1]/": "https://[2001:db8::1]",
		"//::":                   "//::",
		"//0::":                  "//0::",
	} {
		if got := CanonicalURL(in); got != want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", in, got, want)
		}
	}
}
