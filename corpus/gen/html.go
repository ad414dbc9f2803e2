package gen

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"html"
	"math/rand/v2"
	"strings"
	"time"

	"kronika/corpus"
)

// PageBytes is the size HTMLPage aims at; pages come out within a few KB
// of it.
const PageBytes = 100 << 10

// ui are the words of a news site's furniture in one language.
type ui struct {
	nav                                        []string
	mostRead, latest, related, comments, reply string
	share, subscribe, readAlso, advert, by     string
	newsletter, cookie, rights, tags, search   string
	authors                                    []string
	commentTexts                               []string
	footerCols                                 []string
}

var uis = map[string]*ui{
	"en": {
		nav:      []string{"Home", "World", "Europe", "Politics", "Defence", "Economy", "Energy", "Technology", "Culture", "Sport", "Opinion", "Video", "Podcasts", "Newsletters", "Archive"},
		mostRead: "Most read", latest: "Latest news", related: "Related articles", comments: "Comments", reply: "Reply",
		share: "Share", subscribe: "Subscribe", readAlso: "Read also", advert: "Advertisement", by: "By",
		newsletter: "Sign up to our morning newsletter", cookie: "We use cookies to measure our audience and to show relevant offers. You can change your choice at any time in the settings.",
		rights: "All rights reserved.", tags: "Topics", search: "Search",
		authors: []string{"Claire Hollis", "Tom Barker", "Priya Nandan", "Owen Marsh"},
		commentTexts: []string{
			"Good to see the allies finally moving faster.", "How much of this has actually been delivered so far?",
			"Thanks for the clear summary.", "The numbers look big, but spread over several years they are modest.",
			"Where can I find the full list of the package?", "Our parliament should have approved this months ago.",
			"Great reporting as always.", "I wonder what the timeline for the deliveries is.",
			"Training matters as much as equipment.", "Can someone explain how the coalition is funded?",
			"This is the kind of cooperation Europe needs.", "Finally some good news this week.",
		},
		footerCols: []string{"About us", "Contact", "Advertise", "Careers", "Privacy policy", "Cookie settings", "Terms of use", "Corrections", "Editorial standards", "RSS feeds"},
	},
	"it": {
		nav:      []string{"Home", "Mondo", "Europa", "Politica", "Difesa", "Economia", "Energia", "Tecnologia", "Cultura", "Sport", "Opinioni", "Video", "Podcast", "Newsletter", "Archivio"},
		mostRead: "I più letti", latest: "Ultime notizie", related: "Articoli correlati", comments: "Commenti", reply: "Rispondi",
		share: "Condividi", subscribe: "Abbonati", readAlso: "Leggi anche", advert: "Pubblicità", by: "di",
		newsletter: "Iscriviti alla newsletter del mattino", cookie: "Usiamo i cookie per misurare il pubblico e mostrare offerte pertinenti. Puoi cambiare la tua scelta in qualsiasi momento dalle impostazioni.",
		rights: "Tutti i diritti riservati.", tags: "Argomenti", search: "Cerca",
		authors: []string{"Giulia Serra", "Marco Ventura", "Elena Russo", "Paolo Bassi"},
		commentTexts: []string{
			"Finalmente una buona notizia.", "Quanto è stato consegnato davvero finora?",
			"Grazie per il riassunto chiaro.", "Le cifre sembrano grandi, ma spalmate su più anni sono modeste.",
			"Dove si trova l'elenco completo del pacchetto?", "Il parlamento avrebbe dovuto approvarlo mesi fa.",
			"Ottimo articolo, come sempre.", "Mi chiedo quali siano i tempi delle consegne.",
			"L'addestramento conta quanto i mezzi.", "Qualcuno sa spiegare come viene finanziata la coalizione?",
			"Questa è la cooperazione di cui l'Europa ha bisogno.", "Speriamo che arrivi tutto prima dell'inverno.",
		},
		footerCols: []string{"Chi siamo", "Contatti", "Pubblicità", "Lavora con noi", "Privacy", "Impostazioni cookie", "Termini d'uso", "Rettifiche", "Codice etico", "Feed RSS"},
	},
	"uk": {
		nav:      []string{"Головна", "Світ", "Європа", "Політика", "Оборона", "Економіка", "Енергетика", "Технології", "Культура", "Спорт", "Думки", "Відео", "Подкасти", "Розсилки", "Архів"},
		mostRead: "Найпопулярніше", latest: "Останні новини", related: "Читайте також на тему", comments: "Коментарі", reply: "Відповісти",
		share: "Поділитися", subscribe: "Підписатися", readAlso: "Читайте також", advert: "Реклама", by: "Автор:",
		newsletter: "Підпишіться на ранкову розсилку", cookie: "Ми використовуємо файли cookie, щоб вимірювати аудиторію та показувати доречні пропозиції. Змінити вибір можна будь-коли в налаштуваннях.",
		rights: "Усі права захищено.", tags: "Теми", search: "Пошук",
		authors: []string{"Олена Коваль", "Андрій Мельник", "Ірина Бондар", "Тарас Гнатюк"},
		commentTexts: []string{
			"Нарешті хороші новини.", "Скільки з цього вже реально передали?",
			"Дякую за чіткий підсумок.", "Цифри здаються великими, але на кілька років це небагато.",
			"Де можна знайти повний перелік пакета?", "Парламент мав схвалити це ще кілька місяців тому.",
			"Чудовий матеріал, як завжди.", "Цікаво, які терміни поставок.",
			"Навчання важить не менше, ніж техніка.", "Хтось може пояснити, як фінансується коаліція?",
			"Саме такої співпраці потребує Європа.", "Сподіваюся, все надійде до зими.",
		},
		footerCols: []string{"Про нас", "Контакти", "Реклама", "Вакансії", "Конфіденційність", "Налаштування cookie", "Умови використання", "Виправлення", "Редакційні стандарти", "RSS"},
	},
}

var commenters = []string{"marta_k", "luca1987", "oleh.v", "northwind", "j.smith", "anna-b", "piero", "sviatoslav", "greta_h", "kmx", "rita.s", "taras_k"}

// HTMLPage renders doc as a complete news page of about PageBytes: head
// with meta tags, JSON-LD and a large style sheet, navigation, breadcrumb,
// the article with byline, figure, an inline ad and a "read also" box,
// share bar and tags, related stories, a sidebar of most-read and latest
// lists, a comment thread, a footer and scripts. The same doc and seed give
// the same bytes.
func HTMLPage(doc corpus.Document, seed uint64) []byte {
	h := fnv.New64a()
	h.Write([]byte(doc.ID))
	r := rand.New(rand.NewPCG(seed, h.Sum64()))
	code := LangOf(doc)
	if code == "" {
		code = doc.Lang
	}
	var l *language
	for _, x := range languages() {
		if x.code == code {
			l = x
		}
	}
	if l == nil {
		l, code = languages()[0], "en"
	}
	u := uis[code]
	pub, err := time.Parse("2006-01-02", doc.Published)
	if err != nil {
		pub = corpusStart
	}
	site := "news.example"
	if i := strings.Index(doc.URL, "://www."); i >= 0 {
		site = strings.SplitN(doc.URL[i+len("://www."):], "/", 2)[0]
	}
	main := pickMinister(r, pub.Year(), "")
	a := &article{r: r, pub: pub, lang: l, outlet: &outlet{doc.Source, site}, main: main, donor: pickNation(r, main.nation, "")}
	headline := func() string { return string(a.bind().render(pick(r, l.titles), nil)) }
	teaser := func() string { return string(a.bind().render(pick(r, l.body), nil)) }
	link := func() string {
		return fmt.Sprintf("https://www.%s/%s/%d-%s", site, pub.AddDate(0, 0, -r.IntN(60)).Format("2006/01/02"), 100000+r.IntN(900000), pick(r, []string{"news", "story", "article"}))
	}
	esc := html.EscapeString
	author := pick(r, u.authors)

	var b strings.Builder
	b.Grow(PageBytes + 16<<10)
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }

	// Head.
	desc := doc.Text
	if i := strings.IndexAny(desc, ".!?"); i > 0 && i < 300 {
		desc = desc[:i+1]
	} else if len(desc) > 200 {
		desc = desc[:strings.LastIndexByte(desc[:200], ' ')+1]
	}
	w("<!DOCTYPE html>\n<html lang=\"%s\" class=\"no-js\">\n<head>\n<meta charset=\"utf-8\">\n", code)
	w("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	w("<title>%s | %s</title>\n", esc(doc.Title), esc(doc.Source))
	w("<meta name=\"description\" content=\"%s\">\n", esc(desc))
	w("<link rel=\"canonical\" href=\"%s\">\n", esc(doc.URL))
	w("<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:title\" content=\"%s\">\n", esc(doc.Title))
	w("<meta property=\"og:url\" content=\"%s\">\n<meta property=\"og:site_name\" content=\"%s\">\n", esc(doc.URL), esc(doc.Source))
	w("<meta property=\"og:image\" content=\"https://cdn.%s/img/%s-1200.jpg\">\n", site, doc.ID)
	w("<meta property=\"article:published_time\" content=\"%sT%02d:%02d:00+02:00\">\n", doc.Published, 6+r.IntN(14), r.IntN(60))
	w("<meta name=\"author\" content=\"%s\">\n", esc(author))
	for i := range 6 {
		w("<link rel=\"preload\" href=\"https://cdn.%s/fonts/serif-%d.woff2\" as=\"font\" type=\"font/woff2\" crossorigin>\n", site, i)
	}
	ld, _ := json.Marshal(map[string]any{
		"@context": "https://schema.org", "@type": "NewsArticle", "headline": doc.Title,
		"datePublished": doc.Published, "dateModified": doc.Published, "inLanguage": code,
		"author":           map[string]string{"@type": "Person", "name": author},
		"publisher":        map[string]any{"@type": "Organization", "name": doc.Source, "logo": map[string]string{"@type": "ImageObject", "url": "https://cdn." + site + "/logo.png"}},
		"mainEntityOfPage": doc.URL,
	})
	w("<script type=\"application/ld+json\">%s</script>\n", ld)
	b.WriteString("<style>\n")
	writeCSS(&b, r)
	b.WriteString("</style>\n")
	w("<script>window.dataLayer=window.dataLayer||[];window.__SITE__={\"site\":\"%s\",\"section\":\"%s\",\"id\":\"%s\",\"lang\":\"%s\",\"paywall\":false,\"ads\":{\"slots\":[\"top\",\"mpu1\",\"mpu2\",\"inread\",\"footer\"]}};</script>\n", site, u.nav[4], doc.ID, code)
	b.WriteString("</head>\n")

	// Header and navigation.
	w("<body class=\"page page--article section-%d\">\n", r.IntN(20))
	w("<div id=\"cookie-banner\" class=\"cookie-banner\" role=\"dialog\"><p>%s</p><button class=\"btn btn--accept\">OK</button> <a href=\"https://www.%s/cookies\">%s</a></div>\n", esc(u.cookie), site, esc(u.footerCols[5]))
	w("<header class=\"site-header\"><div class=\"top-bar\"><span class=\"top-bar__date\">%s</span> <a class=\"top-bar__subscribe\" href=\"https://www.%s/subscribe\">%s</a></div>\n", pub.Format("02.01.2006"), site, esc(u.subscribe))
	w("<a class=\"logo\" href=\"https://www.%s/\"><img src=\"https://cdn.%s/logo.svg\" alt=\"%s\" width=\"240\" height=\"48\"></a>\n", site, site, esc(doc.Source))
	w("<form class=\"search\" action=\"https://www.%s/search\" role=\"search\"><input type=\"search\" name=\"q\" placeholder=\"%s\"><button>%s</button></form>\n", site, esc(u.search), esc(u.search))
	b.WriteString("<nav class=\"main-nav\" aria-label=\"main\"><ul>\n")
	for i, n := range u.nav {
		w("<li class=\"main-nav__item main-nav__item--%d\"><a href=\"https://www.%s/%s/\">%s</a><ul class=\"sub-nav\">", i, site, slugifyOr(n, i), esc(n))
		for j := range 3 {
			w("<li><a href=\"https://www.%s/%s/%d/\">%s %d</a></li>", site, slugifyOr(n, i), j, esc(n), j+1)
		}
		b.WriteString("</ul></li>\n")
	}
	b.WriteString("</ul></nav>\n</header>\n")
	w("<ol class=\"breadcrumb\"><li><a href=\"https://www.%s/\">%s</a></li><li><a href=\"https://www.%s/defence/\">%s</a></li><li>%s</li></ol>\n",
		site, esc(u.nav[0]), site, esc(u.nav[4]), esc(doc.Title))
	w("<div class=\"ad ad--top\" data-slot=\"top\"><span class=\"ad__label\">%s</span><div id=\"ad-top-%d\"></div></div>\n", esc(u.advert), r.IntN(1000))

	// The article.
	b.WriteString("<div class=\"layout\">\n<main class=\"content\">\n<article class=\"story\" itemscope itemtype=\"https://schema.org/NewsArticle\">\n")
	w("<h1 class=\"story__title\" itemprop=\"headline\">%s</h1>\n", esc(doc.Title))
	w("<div class=\"story__meta\"><span class=\"byline\">%s <a rel=\"author\" href=\"https://www.%s/authors/%d\">%s</a></span> <time datetime=\"%s\" itemprop=\"datePublished\">%s</time></div>\n",
		esc(u.by), site, r.IntN(500), esc(author), doc.Published, pub.Format("02/01/2006"))
	w("<figure class=\"story__figure\"><img src=\"https://cdn.%s/img/%s-800.jpg\" srcset=\"https://cdn.%s/img/%s-400.jpg 400w, https://cdn.%s/img/%s-800.jpg 800w\" alt=\"\" loading=\"lazy\" width=\"800\" height=\"450\"><figcaption>%s</figcaption></figure>\n",
		site, doc.ID, site, doc.ID, site, doc.ID, esc(teaser()))
	b.WriteString("<div class=\"story__body\" itemprop=\"articleBody\">\n")
	for i, p := range strings.Split(doc.Text, "\n\n") {
		w("<p>%s</p>\n", esc(p))
		switch i {
		case 1:
			w("<aside class=\"read-also\"><strong>%s:</strong> <a href=\"%s\">%s</a></aside>\n", esc(u.readAlso), link(), esc(headline()))
		case 3:
			w("<div class=\"ad ad--inread\" data-slot=\"inread\"><span class=\"ad__label\">%s</span><div id=\"inread-%d\"></div></div>\n", esc(u.advert), r.IntN(1000))
		}
	}
	b.WriteString("</div>\n")
	w("<div class=\"share-bar\"><span>%s</span>", esc(u.share))
	for _, s := range []string{"facebook", "x", "telegram", "whatsapp", "email", "copy"} {
		w("<a class=\"share share--%s\" href=\"https://share.example/%s?u=%s\" rel=\"nofollow\">%s</a>", s, s, esc(doc.URL), s)
	}
	b.WriteString("</div>\n")
	w("<ul class=\"tags\" aria-label=\"%s\">", esc(u.tags))
	for range 6 {
		n := &nations[r.IntN(len(nations))]
		w("<li><a href=\"https://www.%s/tag/%s\">%s</a></li>", site, strings.ToLower(n.code), esc(nationLabel(n, code)))
	}
	b.WriteString("</ul>\n</article>\n")

	// Related stories.
	w("<section class=\"related\"><h2>%s</h2><ul class=\"cards\">\n", esc(u.related))
	for i := range 12 {
		w("<li class=\"card card--%d\"><a href=\"%s\"><img src=\"https://cdn.%s/img/t%d.jpg\" alt=\"\" loading=\"lazy\"><h3>%s</h3></a><p>%s</p></li>\n",
			i, link(), site, r.IntN(99999), esc(headline()), esc(teaser()))
	}
	b.WriteString("</ul></section>\n")

	// Comments.
	w("<section id=\"comments\" class=\"comments\"><h2>%s</h2>\n", esc(u.comments))
	nc := 25 + r.IntN(15)
	for i := range nc {
		ts := pub.Add(time.Duration(1+i*17+r.IntN(30)) * time.Minute)
		w("<div class=\"comment%s\" id=\"c%d\"><div class=\"comment__head\"><img class=\"avatar\" src=\"https://cdn.%s/avatars/%d.png\" alt=\"\"> <b>%s</b> <time datetime=\"%s\">%s</time></div><p>%s</p><div class=\"comment__actions\"><button>%s</button> <button>▲ %d</button> <button>▼ %d</button></div></div>\n",
			map[bool]string{true: " comment--reply", false: ""}[i%4 == 3], 10000+i, site, r.IntN(300), esc(pick(r, commenters)), ts.Format(time.RFC3339), ts.Format("15:04"),
			esc(pick(r, u.commentTexts)), esc(u.reply), r.IntN(80), r.IntN(20))
	}
	b.WriteString("</section>\n</main>\n")

	// Sidebar.
	w("<aside class=\"sidebar\"><section class=\"most-read\"><h2>%s</h2><ol>\n", esc(u.mostRead))
	for range 10 {
		w("<li><a href=\"%s\">%s</a></li>\n", link(), esc(headline()))
	}
	b.WriteString("</ol></section>\n")
	w("<form class=\"newsletter\" action=\"https://www.%s/newsletter\" method=\"post\"><label>%s <input type=\"email\" name=\"email\"></label><button>%s</button></form>\n", site, esc(u.newsletter), esc(u.subscribe))
	w("<div class=\"ad ad--mpu\" data-slot=\"mpu1\"><span class=\"ad__label\">%s</span></div>\n", esc(u.advert))
	w("<section class=\"latest\"><h2>%s</h2><ul>\n", esc(u.latest))
	// The latest-news list grows until the page reaches its size: real
	// pages are mostly furniture.
	const tail = 26 << 10 // what the footer and scripts add
	for b.Len() < PageBytes-tail {
		ts := pub.Add(-time.Duration(r.IntN(600)) * time.Minute)
		w("<li><time>%s</time> <a href=\"%s\">%s</a></li>\n", ts.Format("15:04"), link(), esc(headline()))
	}
	b.WriteString("</ul></section>\n</aside>\n</div>\n")

	// Footer.
	b.WriteString("<footer class=\"site-footer\">\n")
	for col := range 4 {
		w("<div class=\"footer-col footer-col--%d\"><ul>", col)
		for i, n := range u.nav {
			w("<li><a href=\"https://www.%s/%s/?ref=footer%d\">%s</a></li>", site, slugifyOr(n, i), col, esc(n))
		}
		for i, f := range u.footerCols {
			w("<li><a href=\"https://www.%s/info/%d\">%s</a></li>", site, i, esc(f))
		}
		b.WriteString("</ul></div>\n")
	}
	w("<p class=\"copyright\">© %d %s. %s</p>\n</footer>\n", pub.Year(), esc(doc.Source), esc(u.rights))

	// Scripts.
	b.WriteString("<script>\n")
	writeJS(&b, r, PageBytes-b.Len()-600)
	b.WriteString("</script>\n")
	w("<script async src=\"https://cdn.%s/js/app.%08x.js\"></script>\n", site, r.Uint32())
	w("<noscript><img src=\"https://pixel.%s/p.gif?id=%s\" width=\"1\" height=\"1\" alt=\"\"></noscript>\n", site, doc.ID)
	b.WriteString("</body>\n</html>\n")
	return []byte(b.String())
}

// nationLabel is a nation's name for a tag in the page's language.
func nationLabel(n *nation, code string) string {
	switch code {
	case "it":
		return n.it
	case "uk":
		return n.uk[nom]
	}
	return strings.TrimPrefix(n.en, "the ")
}

// slugifyOr is slugify with a numbered fallback for non-Latin labels.
func slugifyOr(s string, i int) string {
	if x := slugify(s); x != "" {
		return x
	}
	return fmt.Sprintf("section-%d", i)
}

// writeCSS writes a style sheet of about 14 KB, as a site's critical CSS.
func writeCSS(b *strings.Builder, r *rand.Rand) {
	blocks := []string{"header", "nav", "story", "card", "comment", "sidebar", "footer", "ad", "share", "btn", "grid", "tag"}
	props := []string{"margin:0 auto", "padding:%dpx %dpx", "font-size:%d.%dpx", "line-height:1.%d", "color:#%06x", "background:#%06x",
		"border-bottom:1px solid #%06x", "display:flex", "gap:%dpx", "max-width:%dpx", "grid-template-columns:repeat(%d,1fr)", "letter-spacing:.0%dem"}
	for i := range 150 {
		fmt.Fprintf(b, ".%s__el-%d,.%s--v%d>li{", blocks[i%len(blocks)], i, blocks[(i+3)%len(blocks)], i%7)
		for j := range 3 + r.IntN(3) {
			p := props[(i+j*5)%len(props)]
			n := strings.Count(p, "%")
			args := make([]any, n)
			for k := range args {
				args[k] = r.IntN(1 << 12)
				if strings.Contains(p, "#%06x") {
					args[k] = r.IntN(1 << 24)
				}
			}
			fmt.Fprintf(b, p+";", args...)
		}
		b.WriteString("}\n")
		if i%25 == 0 {
			fmt.Fprintf(b, "@media (max-width:%dpx){.%s__el-%d{display:none}}\n", 480+i*4, blocks[i%len(blocks)], i)
		}
	}
}

// writeJS writes about n bytes of script, as the inline bundles of a news
// site (ad slots, consent, analytics).
func writeJS(b *strings.Builder, r *rand.Rand, n int) {
	start := b.Len()
	b.WriteString("(function(){\"use strict\";var w=window,d=document;\n")
	for i := 0; b.Len()-start < n; i++ {
		fmt.Fprintf(b, "function s%d(e,t){var n=d.querySelectorAll('[data-slot=\"'+e+'\"]');for(var i=0;i<n.length;i++){n[i].setAttribute('data-k','%x');if(t&&t.%c){n[i].style.minHeight='%dpx'}}return n.length}\n",
			i, r.Uint32(), 'a'+rune(i%26), 50+r.IntN(250))
		if i%5 == 0 {
			fmt.Fprintf(b, "w.dataLayer.push({event:'slot_%d',ts:%d,v:'%x'});\n", i, 1700000000+r.IntN(1e8), r.Uint64())
		}
	}
	b.WriteString("})();\n")
}
