// Package htmltext extracts the main text and the metadata of a news page.
//
// The body is found by generic scoring of the DOM — no rule names a site:
// furniture is pruned by tag, ARIA role and class/id words (navigation,
// sidebars, share bars, comment sections, related-story boxes; an id that
// spells its section's heading names a subject, not furniture); every prose
// paragraph credits its nearest ancestors, weighted by class words (a
// content-like class counts in proportion to the prose it holds) and
// discounted by link density. The best container is then widened: to the
// ancestor that gathers the rest of the article's prose when what that adds
// is mostly prose (an article split into page-builder blocks, a live blog of
// short entries), to an article-body container around it, or to sibling
// chunks of an article split by ads; and narrowed to a body container
// inside it. The standfirst between the headline and the body (a summary in
// an article header or intro block) is prepended. Inside the chosen
// container, link lists, forms and teaser boxes are dropped unless they hold
// most of its prose; headings (linked ones and h1s below the first
// paragraph too), list items and quotes are kept; bylines, datelines,
// captions, photo credits, photo slideshows (told by their slide
// counters), embedded posts and ad labels are dropped, a drop
// cap is glued back onto its word, and the text goes through plaintext.Clean
// for trailing boilerplate. Strict rules are relaxed when they leave too
// little text, a page that gives next to nothing is read again with its
// <noscript> blocks as ordinary content (a post rendered by script), and
// JSON-LD articleBody replaces a result that is much shorter than it or
// mostly different from it. A section or index page (a
// column of linked headlines) yields empty text. Metadata (title, date,
// author, site, canonical URL, language hint, description) comes from
// JSON-LD, meta tags, microdata, <time> elements and the URL, most reliable
// first.
//
// The parser is not given what the extractor never reads: a scan that
// follows the tokenizer leaves out the text of scripts (but JSON-LD), style
// sheets, <noscript>, <iframe> and <textarea>, and comments, where that
// provably changes nothing else in the tree (see strip.go). The DOM is then
// copied once into flat slices by an iterative walk that also gathers the
// metadata, so deep or huge pages cost linear time and no recursion.
package htmltext
