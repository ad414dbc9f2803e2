package plaintext

// The words below are data: the short lines that news sites put around an
// article body, in each language Kronika reads. They are compared with a
// whole line after normalize (lower case, spaces collapsed, apostrophes
// straightened, surrounding punctuation and counts removed). Adding a
// language means adding entries here, not editing the engine in clean.go.

// tailHeadings open a trailing block of boilerplate (comment forms, link
// lists, share bars): when one stands alone on a line and only short lines
// follow, the text is cut there.
var tailHeadings = []string{
	// English
	"leave a reply", "leave a comment", "post a comment", "add a comment", "comments",
	"comment", "join the conversation", "join the discussion", "related", "related news",
	"related articles", "related posts", "related stories", "related content",
	"related topics", "related coverage", "more news", "more stories", "more from",
	"must read", "must reads", "read more", "read also", "also read", "see also",
	"you may also like", "you might also like", "recommended", "recommended for you",
	"popular", "popular posts", "popular news", "most read", "most popular",
	"most viewed", "trending", "trending now", "latest news", "latest", "recent posts",
	"stay connected", "follow us", "share", "share this", "share this article",
	"share this story", "share this post", "share on", "tags", "topics", "filed under",
	"newsletter", "sign up for our newsletter", "subscribe to our newsletter",
	"subscribe", "about the author", "about the authors", "advertisement",
	// Italian
	"lascia un commento", "lascia una risposta", "lascia un commento annulla risposta",
	"commenti", "commenta", "leggi anche", "leggi pure", "potrebbe interessarti",
	"ti potrebbe interessare", "potrebbe interessarti anche", "articoli correlati",
	"notizie correlate", "correlati", "altre notizie", "ultime notizie",
	"i più letti", "più letti", "piu letti", "condividi", "condividi questo articolo",
	"condividi l'articolo", "seguici", "seguici su", "resta aggiornato", "iscriviti alla newsletter",
	"newsletter", "argomenti", "tag", "l'autore", "sull'autore", "pubblicità",
	// Ukrainian
	"залишити коментар", "залиште коментар", "залишити відповідь", "коментарі",
	"коментувати", "читайте також", "читайте ще", "дивіться також", "схожі новини",
	"схожі матеріали", "новини за темою", "за темою", "інші новини", "останні новини",
	"популярне", "найпопулярніше", "поділитися", "поділіться", "підписуйтесь",
	"підписуйтеся", "слідкуйте за нами", "теги", "мітки", "про автора", "реклама",
}

// tailPrefixes start a trailing paragraph that is never article text even
// when it is long (legal disclaimers, comment-form notices, copyright
// lines). A line starting with one of them, after the last real paragraph,
// is cut with everything below it.
var tailPrefixes = []string{
	// English
	"legal disclaimer", "disclaimer:", "your email address will not be published",
	"you must be logged in to post a comment", "copyright ", "(c) 19", "(c) 20", "© ",
	"all rights reserved", "this article was originally published", "the views expressed",
	"the views and opinions expressed", "sign up for our newsletter",
	"subscribe to our newsletter", "about the author", "photo source:", "photo credit",
	"photo credits", "image credit", "image source:", "image:", "photo:", "photos:",
	"featured image:", "cover image:", "disclosure:", "affiliate disclosure",
	"this post contains affiliate links", "this post may contain affiliate links",
	"this article contains affiliate links", "the comments below have not been moderated",
	"comments are closed", "comments are moderated",
	// Italian
	"il tuo indirizzo email non sarà pubblicato", "il tuo indirizzo e-mail non sarà pubblicato",
	"devi essere connesso per inviare un commento", "tutti i diritti riservati",
	"riproduzione riservata", "© riproduzione riservata", "iscriviti alla newsletter",
	"foto:", "foto di ", "in foto:", "credit foto", "crediti foto", "i commenti sono chiusi",
	"i commenti sono moderati",
	// Ukrainian
	"ваша адреса електронної пошти не буде опублікована",
	"ваша електронна адреса не буде опублікована", "усі права захищені",
	"всі права захищені", "використання матеріалів", "передрук матеріалів",
	"підпишіться на нашу розсилку", "підписуйтесь на наш", "фото:", "фото ілюстративне",
	"ілюстративне фото", "коментарі закрито", "коментарі модеруються",
}

// tailCues are phrases of a closing call to action — newsletter and app
// prompts, follow and support requests — that mark a short trailing
// paragraph as boilerplate wherever they stand in it. Each speaks to the
// reader ("our", "here", "your") so that news about a newsletter or an app
// is not mistaken for one.
var tailCues = []string{
	// English
	"sign up here", "sign up for our", "sign up to our", "subscribe to our", "subscribe here",
	"subscribe now", "download our app", "download the app", "our newsletter",
	"our free newsletter", "click here to", "follow us on", "like us on facebook",
	"join us on", "support our journalism", "support independent journalism",
	"become a member", "straight to your inbox", "straight to your phone",
	"delivered to your inbox", "never miss a story", "never miss the latest",
	"want to be informed", "to watch live", "get our app",
	// Italian
	"iscriviti alla nostra", "iscriviti al nostro", "iscriviti qui", "scarica la nostra app",
	"scarica l'app", "seguici su", "clicca qui", "sostieni il nostro", "sostieni l'informazione",
	"abbonati a", "ricevi le notizie", "unisciti al nostro canale",
	// Ukrainian
	"підписуйтесь на наш", "підписуйтеся на наш", "підпишіться на наш", "стежте за нами",
	"слідкуйте за нами", "читайте нас у", "читайте нас в", "приєднуйтесь до нас",
	"приєднуйтеся до нас", "підтримайте нас", "підтримати редакцію", "завантажуйте наш",
	"наш телеграм", "наш telegram", "наш канал",
}

// anywhereLines are lines that are boilerplate wherever they stand: the
// labels that ad slots and share bars leave inside an article body. Only a
// line that is exactly one of them is dropped.
var anywhereLines = []string{
	"advertisement", "ad", "sponsored", "sponsored content", "scroll to continue with content",
	"story continues below advertisement", "article continues below advertisement",
	"continue reading below", "skip advertisement", "pubblicità", "contenuto sponsorizzato",
	"continua a leggere dopo la pubblicità", "continua dopo la pubblicità", "реклама",
	"продовження після реклами",
}

// leadingLines are navigation leftovers that may open an extracted text.
var leadingLines = []string{
	"skip to content", "skip to main content", "skip to navigation", "jump to content",
	"menu", "main menu", "search", "home", "vai al contenuto", "salta al contenuto",
	"vai al contenuto principale", "перейти до вмісту", "перейти до основного вмісту",
	"головна", "меню", "пошук", "cerca",
}

// crumbRoots are the first item of a breadcrumb trail ("Home > News > World").
var crumbRoots = []string{"home", "homepage", "home page", "start", "главная", "головна", "головна сторінка"}

// bioRoles are the job words of an author bio; bioCues are the contact or
// beat phrases that, together with a role word, mark a closing bio.
var bioRoles = []string{
	"journalist", "reporter", "correspondent", "editor", "writer", "columnist", "contributor",
	"giornalista", "corrispondente", "redattore", "redattrice", "inviato", "inviata", "collaboratore",
	"журналіст", "журналістка", "кореспондент", "кореспондентка", "редактор", "редакторка", "оглядач",
}

var bioCues = []string{
	"follow him", "follow her", "follow them", "on twitter", "on x at", "reach him", "reach her",
	"can be reached", "email:", "covers ", "writes about", "has written for", "si occupa di",
	"scrive di", "seguilo su", "seguila su", "пише про", "висвітлює", "@",
}
