package htmltext

import (
	"strings"
	"time"
)

// parseDate reads the calendar date at the start of a machine date
// (ISO 8601, compact, RFC 1123, "dd.mm.yyyy", "January 2, 2006") and
// returns it as YYYY-MM-DD, or "" when s holds no plausible date. The
// publisher's own calendar date is kept: a time zone offset is not applied.
func parseDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 8 || len(s) > 80 {
		return ""
	}
	// 2024-03-06…, 2024/03/06…, 2024.03.06…
	if d, ok := ymd(s); ok {
		return d
	}
	// 06.03.2024 (day first, as European pages write it)
	if len(s) >= 10 && s[2] == '.' && s[5] == '.' {
		if y, ok := num(s[6:10]); ok {
			if m, ok := num(s[3:5]); ok {
				if d, ok := num(s[0:2]); ok {
					return format(y, m, d)
				}
			}
		}
	}
	for _, layout := range layouts {
		if len(s) < len(layout)-6 {
			continue
		}
		if t, err := time.Parse(layout, s); err == nil {
			return format(t.Year(), int(t.Month()), t.Day())
		}
	}
	return ""
}

var layouts = []string{
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006", "2 Jan 2006", "02 Jan 2006", "January 2, 2006", "Jan 2, 2006",
	"2 January 2006", "January 2 2006", "Jan. 2, 2006",
}

// ymd reads "yyyy-mm-dd", "yyyy/mm/dd", "yyyy.mm.dd" or "yyyymmdd" at the
// start of s.
func ymd(s string) (string, bool) {
	y, ok := num(s[0:4])
	if !ok {
		return "", false
	}
	if len(s) >= 10 && (s[4] == '-' || s[4] == '/' || s[4] == '.') && s[7] == s[4] {
		m, ok1 := num(s[5:7])
		d, ok2 := num(s[8:10])
		if ok1 && ok2 && (len(s) == 10 || !isDigit(s[10])) {
			return format(y, m, d), format(y, m, d) != ""
		}
		return "", false
	}
	if len(s) >= 8 {
		m, ok1 := num(s[4:6])
		d, ok2 := num(s[6:8])
		if ok1 && ok2 && (len(s) == 8 || !isDigit(s[8])) {
			return format(y, m, d), format(y, m, d) != ""
		}
	}
	return "", false
}

// dateInPath finds /yyyy/mm/dd/, /yyyy-mm-dd or /yyyymmdd/ in a URL path.
func dateInPath(path string) string {
	for i := 0; i+9 < len(path); i++ {
		if path[i] != '/' || !isDigit(path[i+1]) {
			continue
		}
		s := path[i+1:]
		// yyyy/mm/dd with one- or two-digit month and day
		if len(s) >= 8 && s[4] == '/' {
			y, ok := num(s[:4])
			if !ok {
				continue
			}
			rest := s[5:]
			m, n1 := leadingNum(rest)
			if n1 == 0 || n1 > 2 || n1 >= len(rest) || rest[n1] != '/' {
				continue
			}
			d, n2 := leadingNum(rest[n1+1:])
			if n2 == 0 || n2 > 2 {
				continue
			}
			if after := rest[n1+1+n2:]; after != "" && after[0] != '/' && after[0] != '-' && after[0] != '_' {
				continue
			}
			if f := format(y, m, d); f != "" {
				return f
			}
			continue
		}
		if d, ok := ymd(s); ok && d != "" {
			end := 10
			if s[4] != '-' {
				end = 8
			}
			if len(s) == end || !isDigit(s[end]) {
				return d
			}
		}
	}
	return ""
}

func leadingNum(s string) (int, int) {
	n, v := 0, 0
	for n < len(s) && n < 4 && isDigit(s[n]) {
		v = v*10 + int(s[n]-'0')
		n++
	}
	return v, n
}

func format(y, m, d int) string {
	if y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "" // 31 April
	}
	return t.Format("2006-01-02")
}

func num(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
