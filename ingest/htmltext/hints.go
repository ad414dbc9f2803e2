package htmltext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tables below are data: the words that class names and ids use, across
// CMSs and languages of markup, for article bodies and for the furniture
// around them. They are generic — no table names a site.

// bodyNames are squashed class/id names (lower case, separators removed) that
// mark the container of an article body. A match is a strong signal.
var bodyNames = []string{
	"articlebody", "articlecontent", "articletext", "articleinner", "articlemain",
	"articlecopy", "articledetail", "articlewrap", "articleentry",
	"entrycontent", "entrybody", "entrytext", "postcontent", "postbody", "posttext",
	"postentry", "postarticle", "singlecontent", "singlepostcontent", "storybody",
	"storycontent", "storytext", "storytextbody", "newstext", "newsbody", "newscontent",
	"newsdetail", "newsarticle", "bodytext", "textbody", "contentbody", "maintext",
	"richtext", "rtebody", "fieldbody", "fieldnamebody", "itembody", "itemtext",
	"itemfulltext", "articolo", "testoarticolo", "corpoarticolo", "contenutoarticolo",
	"articlecontainer", "articlesection", "premiumcontent", "textcontent",
	"prose", "blogpostcontent", "blogcontent",
}

// positiveWords are single words of a class name that make an element more
// likely to hold content.
var positiveWords = words(`article articles body content contents entry hentry main post
	story text blog news page prose single detail details copy column articolo testo
	contenuto notizia corpo стаття новина текст`)

// negativeWords are single words of a class name that make an element more
// likely to be page furniture.
var negativeWords = words(`ad ads adv advt advert adverts advertisement advertising
	aside banner bio breadcrumb breadcrumbs byline caption captions card cards carousel
	comment comments commentary community consent cookie cookies copyright credit
	credits date dateline disclaimer discuss disqus donate dropdown email footer footnote
	follow gallery gdpr header icon icons jump keywords label links login
	masthead menu meta modal more nav navbar navigation newsletter noprint outbrain
	overlay pager pagination paywallmsg popular popup print promo promotion rail rating
	recirc recommend recommended recommendations related remark replies reply respond
	rss search share shares sharing shoutbox sidebar signin signup skip slider social
	sponsor sponsored sponsors sticky subscribe subscription supplemental taboola tag
	tags teasers thumb thumbnail time timestamp toc toolbar tools topbar
	trending tweet utility vote widget widgets correlati condividi commenti pubblicita
	pubblicità didascalia fotogallery discussion autore firma video player embed
	playlist podcast audio instagram tiktok legend`)

// negativeSubstrings catch compounds written without separators
// ("relatedposts", "sharebar", "commentlist").
var negativeSubstrings = []string{
	"comment", "disqus", "sharing", "sharebar", "shareb", "socialmedia", "social",
	"related", "sidebar", "newsletter", "subscribe", "signup", "cookie", "consent",
	"advert", "sponsor", "promo", "breadcrumb", "pagination", "popup", "toolbar",
	"widget", "caption", "byline", "authorbio", "authorbox", "authorinfo", "aboutauthor",
	"aboutthe", "disclaimer", "copyright", "recommend", "trending", "mostread",
	"mostpopular", "mostviewed", "morestories", "morenews", "readmore", "readalso",
	"alsoread", "seealso", "outbrain", "taboola", "tagcloud", "taglist", "navbar",
	"navigation", "masthead", "footer", "header", "banner", "adslot", "adunit",
	"adsense", "adcontainer", "adwrap", "adbox", "googleads", "dfpad", "screenreader",
	// comment sections in languages that do not spell the word as English
	// does; plain furniture, not a comment section, since "Kommentar" and
	// "komentarz" also head an opinion column
	"comentari", "komentar", "kommentar",
	"sronly", "visuallyhidden", "skiplink", "twittertweet", "instagrammedia", "tiktokembed", "leggianche", "correlat", "didascali", "читайтетакож",
	// image captions and credits written as one word
	"imagedesc", "imgdesc", "photodesc", "imagecredit", "imgcredit", "photocredit",
	"imagecaption", "imgcaption", "photocaption", "imageauthor", "imgauthor",
	"photoauthor", "imagemeta", "imgmeta", "imagesource", "imgsource", "imagecopyright",
	"imgcopyright", "fotocredit", "bildunterschrift", "bilduntertitel", "bildquelle",
}

// leadWords name the summary paragraph between a headline and the body
// (standfirst, lede, perex, catenaccio). "teaser" also names a linked card
// in a list of stories; pruneSelf tells them apart by their links.
var leadWords = words(`lead lede leadin intro introduction teaser abstract summary
	excerpt standfirst subtitle subheadline subhead deck dek perex sapo sommario
	catenaccio sottotitolo`)

// leafNegative are the words that disqualify a paragraph or heading by its
// own class: a narrower list than for containers, since "subheader" or
// "post-text" on a paragraph mean nothing bad.
var leafNegative = words(`ad ads advert advertisement byline caption credit credits
	date dateline disclaimer meta promo related share sharing sponsor sponsored
	newsletter subscribe timestamp time tags copyright author readmore legend
	tweet twitter instagram tiktok facebook embed`)

var bodyNameSet = toSet(bodyNames)

// Kinds of class-name words, for wordKinds.
const (
	wLead uint8 = 1 << iota
	wPositive
	wNegative
	wLeafNeg
	wComment
)

// wordKinds merges the word tables above, so that classify looks each word
// of a class name up once.
var wordKinds = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, t := range []struct {
		set  map[string]struct{}
		kind uint8
	}{{leadWords, wLead}, {positiveWords, wPositive}, {negativeWords, wNegative}, {leafNegative, wLeafNeg}, {commentWords, wComment}} {
		for w := range t.set {
			m[w] |= t.kind
		}
	}
	return m
}()

// commentHint is what marks an element as a reader's comment or a comment
// section, however it is named.
var commentHint = hint{negative: true, hardNeg: true, leafNeg: true, comment: true}

// commentWords name a comment section.
var commentWords = words(`comment comments disqus respond replies commenti discussion discuss
	kommentare talkback`)

// substringIndex maps the first three bytes of each negative substring to
// the substrings starting with them, so a class name is scanned once
// instead of once per substring.
var substringIndex = func() map[string][]string {
	m := make(map[string][]string, len(negativeSubstrings))
	for _, sub := range negativeSubstrings {
		m[sub[:3]] = append(m[sub[:3]], sub)
	}
	return m
}()

// substringPairs has a bit for each first two bytes of a negative
// substring: most positions of a class name start none, and are passed
// over without a map look-up.
var substringPairs = func() *[1 << 16 / 64]uint64 {
	var bits [1 << 16 / 64]uint64
	for _, sub := range negativeSubstrings {
		p := uint16(sub[0])<<8 | uint16(sub[1])
		bits[p/64] |= 1 << (p % 64)
	}
	return &bits
}()

// negativeSubstring returns the first negative substring found in a
// squashed class name, or "".
func negativeSubstring(squashed []byte) string {
	for i := 0; i+3 <= len(squashed); i++ {
		if p := uint16(squashed[i])<<8 | uint16(squashed[i+1]); substringPairs[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		for _, sub := range substringIndex[string(squashed[i:i+3])] {
			if len(squashed)-i >= len(sub) && string(squashed[i:i+len(sub)]) == sub {
				return sub
			}
		}
	}
	return ""
}

// hiddenNames are squashed class names of visually hidden helper text.
var hiddenNames = toSet(strings.Fields(`hidden ishidden sronly screenreadertext screenreaderonly
	visuallyhidden invisible hide elementinvisible offscreen`))

// hiddenClass reports a class value naming visually hidden helper text.
func hiddenClass(value string) bool {
	var buf [96]byte
	for name := range strings.FieldsSeq(value) {
		if _, ok := hiddenNames[string(squash(buf[:0], name))]; ok {
			return true
		}
	}
	return false
}

func words(s string) map[string]struct{} { return toSet(strings.Fields(s)) }

func toSet(ws []string) map[string]struct{} {
	m := make(map[string]struct{}, len(ws))
	for _, w := range ws {
		m[w] = struct{}{}
	}
	return m
}

// hint is what the class and id attributes of one element say.
type hint struct {
	positive bool // some class name is purely content-like
	negative bool // some class name is furniture-like
	body     bool // some class name is a known article-body container
	leafNeg  bool // a class name disqualifies a paragraph or heading
	comment  bool // the furniture is a comment section
	hidden   bool // visually hidden helper text
	lead     bool // a summary or standfirst (or a teaser card, if linked)
	hardNeg  bool // negative for a reason other than naming a header
}

func (h *hint) merge(o hint) {
	h.positive = h.positive || o.positive
	h.negative = h.negative || o.negative
	h.body = h.body || o.body
	h.leafNeg = h.leafNeg || o.leafNeg
	h.comment = h.comment || o.comment
	h.hidden = h.hidden || o.hidden
	h.lead = h.lead || o.lead
	h.hardNeg = h.hardNeg || o.hardNeg
}

// classify reads a class or id attribute value. Each class name is judged
// on its own: "article-meta" is negative (the head word is "meta") even
// though "article" is positive, while "post comments-open" stays positive
// because the class name "post" is.
func classify(h *hint, value string) {
	var buf [96]byte      // the squashed name, on the stack for names of usual length
	var wordBuf [8]string // the same for the words of a name
	for name := range strings.FieldsSeq(value) {
		if len(name) > 80 || stateModifier(name) || utilityClass(name) {
			continue
		}
		pos, neg, lead, hard := false, false, false, false
		squashed := squash(buf[:0], name)
		if _, ok := bodyNameSet[string(squashed)]; ok {
			h.body = true
			h.positive = true
			continue
		}
		for _, w := range splitName(wordBuf[:0], name) {
			k := wordKinds[w]
			if k&wLead != 0 {
				lead = true
				continue
			}
			if k&wPositive != 0 {
				pos = true
			}
			if k&wNegative != 0 {
				neg = true
				hard = hard || w != "header"
			}
			if k&wLeafNeg != 0 {
				h.leafNeg = true
			}
			if k&wComment != 0 {
				h.comment = true
			}
		}
		if lead && !hard {
			// "teaser-text", "article-intro", "field-perex": the summary
			// under a headline, judged by its links in pruneSelf.
			h.lead = true
			continue
		}
		if !neg {
			if sub := negativeSubstring(squashed); sub != "" {
				neg = true
				hard = hard || sub != "header"
				if strings.Contains(sub, "comment") || sub == "disqus" {
					h.comment = true
				}
				if sub == "screenreader" || sub == "sronly" || sub == "visuallyhidden" {
					h.hidden = true
				}
			}
		}
		if _, ok := hiddenNames[string(squashed)]; ok {
			h.hidden = true
		}
		if neg {
			h.negative = true
			h.hardNeg = h.hardNeg || hard
		} else if pos {
			h.positive = true
		}
	}
}

// stateModifier reports a class name that describes what an element
// contains or how it is shown ("has-sidebar", "with-sharing", "no-comments")
// rather than what it is.
func stateModifier(name string) bool {
	if len(name) == 0 {
		return false
	}
	switch name[0] | 0x20 {
	case 'h', 'w', 'n':
	default:
		return false // the usual case, without comparing prefixes
	}
	for _, p := range []string{"has-", "has_", "with-", "with_", "no-", "no_"} {
		if len(name) > len(p) && strings.EqualFold(name[:len(p)], p) {
			return true
		}
	}
	return false
}

// utilityClass reports a utility class of a CSS framework, which says how
// an element looks rather than what it is: a responsive or state variant
// ("lg:text-26", "hover:underline"), an arbitrary value ("max-w-[550px]"),
// a fraction ("w-1/2"), or a text size, colour or alignment ("text-12",
// "text-lg", "text-gray-700", "text-center"), whose word "text" must not
// make a byline or a caption look like content.
func utilityClass(name string) bool {
	if strings.ContainsAny(name, ":[/") {
		return true
	}
	if len(name) <= 5 || !strings.EqualFold(name[:5], "text-") {
		return false
	}
	rest := strings.ToLower(name[5:])
	if c := rest[0]; c >= '0' && c <= '9' || rest[len(rest)-1] >= '0' && rest[len(rest)-1] <= '9' {
		return true // "text-12", "text-2xl", "text-gray-700"
	}
	if i := strings.IndexByte(rest, '-'); i > 0 {
		rest = rest[:i]
	}
	_, ok := textUtilities[rest]
	return ok
}

// textUtilities are the values of "text-…" utility classes that are not
// numbers: sizes, alignments, colours and wrapping.
var textUtilities = words(`xs sm base md lg xl left right center justify start end
	white black gray grey slate zinc neutral stone red orange amber yellow lime green
	emerald teal cyan sky blue indigo violet purple fuchsia pink rose primary secondary
	muted inherit current transparent wrap nowrap balance pretty ellipsis clip
	uppercase lowercase capitalize bold light small large`)

// squash appends to dst a class name lower-cased and stripped of all but
// letters and digits: "Article__Body" and "article-body" both become
// "articlebody".
func squash(dst []byte, name string) []byte {
	for i := 0; i < len(name); {
		if c := name[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				dst = append(dst, c)
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(name[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		i += n
	}
	return dst
}

// splitName appends to dst the lower-case words of a class name, split at
// separators, digits and camelCase boundaries: "postContent-2" → post,
// content.
func splitName(dst []string, name string) []string {
	lower := strings.ToLower(name) // name itself when it is lower-case ASCII
	word := func(a, b int) string {
		if len(lower) == len(name) {
			return lower[a:b] // same byte offsets: slice without allocating
		}
		return strings.ToLower(name[a:b])
	}
	start := -1
	prevLower := false
	for i, r := range name {
		letter := unicode.IsLetter(r)
		if letter && start >= 0 && prevLower && unicode.IsUpper(r) {
			dst = append(dst, word(start, i))
			start = i
		}
		if letter {
			if start < 0 {
				start = i
			}
			prevLower = unicode.IsLower(r)
			continue
		}
		if start >= 0 {
			dst = append(dst, word(start, i))
			start = -1
		}
		prevLower = false
	}
	if start >= 0 {
		dst = append(dst, word(start, len(name)))
	}
	return dst
}

// boilerplateLines are short lines that ad slots and share bars leave inside
// an article container; a text unit that is exactly one of them is dropped.
var boilerplateLines = toSet([]string{
	"advertisement", "advertisements", "ad", "sponsored", "sponsored content",
	"scroll to continue with content", "story continues below advertisement",
	"article continues below advertisement", "article continues below",
	"continue reading below", "skip advertisement", "share", "share this", "share this article",
	"share on facebook", "share on twitter", "tweet", "email", "print", "copy link",
	"read more", "continue reading", "click here", "follow us", "subscribe",
	"related", "related stories", "related articles", "related content", "related coverage",
	"more on this story", "more stories", "you may also like", "recommended",
	"articoli correlati", "potrebbe interessarti", "схожі новини", "новини за темою",
	"pubblicità", "contenuto sponsorizzato", "condividi", "leggi anche", "continua a leggere",
	"continua a leggere dopo la pubblicità", "seguici", "iscriviti",
	"реклама", "поділитися", "читайте також", "продовження після реклами", "підписуйтесь",
})

// creditCues name photographers' credits and picture agencies; a short
// non-sentence line holding one is a caption credit (see creditLine).
var creditCues = []string{
	"photograph by", "photographs by", "photo by", "photos by", "photo:", "photos:",
	"image:", "images:", "picture:", "credit:", "(image", "(photo", "getty images",
	"afp", "ap photo", "reuters", "epa", "shutterstock", "istock", "imago", "picture alliance",
	"foto:", "foto di", "ansa", "lapresse", "фото:", "фото ", "укрінформ", "унін",
}

// normLine lower-cases a short line and trims punctuation for comparison
// with boilerplateLines.
func normLine(s string) string {
	if utf8.RuneCountInString(s) > 60 {
		return ""
	}
	s = strings.ToLower(strings.TrimFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}))
	return strings.Join(strings.Fields(s), " ")
}
