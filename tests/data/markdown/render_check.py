#!/usr/bin/env python3
"""Adversarial records for `ream markdown`, and a check of the rendered HTML.

  render_check.py gen N SEED > records.jsonl
      N random records whose titles, authors, abstracts and URLs are built
      from every character class Markdown gives meaning to (emphasis, links,
      images, entities, raw HTML, headings, list markers, tables, GFM
      strikethrough and autolinks, GitHub math), plus emoji, right-to-left
      text, control characters, line breaks, long words and empty fields.
  render_check.py check TEMPLATE records.jsonl page.html
      Checks the HTML that `cmark-gfm --unsafe -e table -e strikethrough
      -e autolink` made of the output (--unsafe, so that any raw HTML that
      slipped through would show up as an element): every title comes back
      as exactly its text, every link points where it should, every local
      link reaches an anchor, and no element appears that the template did
      not make.  Prints what is wrong and exits 1.

The only tolerated extra element is an e-mail autolink (<a href="mailto:X">X</a>)
inside plain text: GFM finds e-mail addresses after parsing, so no escape can
stop it (see ream-markdown(1)).
"""
import html.parser, json, random, re, sys, urllib.parse

PIECES = ['*', '**', '_', '__', '[', ']', '[x](http://e.org)', '![i](j.png)', '#', '# ', '<', '>', '`', '``',
          '\\', '\\*', '&amp;', '&#64;', '&copy', '&', '!', '![', '|', '~', '~~', '-', '- ', '+ ', '1. ', '2) ',
          '=', '===', '---', '***', '$x$', ':smile:', '<script>alert(1)</script>', '<b>bold</b>', '<!-- c -->',
          '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', 'http://e.org/a_(b)',
          'https://e.org', 'www.e.org', 'WWW.E.ORG', '\n', '\r\n', '\t', '\x01', '\x7f', '\u0085', '\u2028',
          '\u00a0', '\U0001F600', '\U0001F469\u200d\U0001F52C', '\u05e9\u05dc\u05d5\u05dd', '\u0645\u0631\u062d\u0628\u0627',
          '\u6f22\u5b57', 'caf\u00e9', '"', "'", '(', ')', '{', '}', '^', '[^1]', '[ ]', '<http://e.org>',
          '    ', '  ', 'x' * 300, 'word', 'Title', 'of', 'the', '2023', '.', ':', ';', ',', '%20', '@']
GOOD_URLS = ['https://e.org/p', 'https://e.org/a b', 'https://e.org/f_(b)', 'https://e.org/<x>', 'http://e.org/?a=1&b=2',
             'https://e.org/?q=&amp;', 'https://e.org/p|q', 'https://e.org/back\\slash', 'ftp://e.org/f',
             ' https://e.org/trim ', 'https://e.org/\u00e9t\u00e9', 'https://e.org/#frag', 'rel/path.pdf']
BAD_URLS = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<b>x</b>',
            'vbscript:msgbox(1)', 'file:///etc/passwd', '\x01javascript:x']


def words(rng, n):
    return ''.join(rng.choice(PIECES) + rng.choice(['', ' ']) for _ in range(n))


def gen(n, seed):
    rng = random.Random(seed)
    for i in range(n):
        rec = {'id': 'gen:%d' % (i // 2 if rng.random() < 0.1 else i)}
        if rng.random() < 0.9:
            rec['title'] = words(rng, rng.randint(0, 12))
        if rng.random() < 0.8:
            rec['authors'] = [words(rng, rng.randint(1, 3)) for _ in range(rng.randint(0, 4))]
        if rng.random() < 0.8:
            rec['abstract'] = words(rng, rng.randint(0, 40))
        if rng.random() < 0.7:
            rec['year'] = rng.choice([2023, '2021', '', 1999])
        if rng.random() < 0.5:
            rec['keywords'] = [words(rng, rng.randint(1, 2)) for _ in range(rng.randint(0, 3))]
        r = rng.random()
        if r < 0.25:
            rec['arxiv'] = '23%02d.%05d' % (rng.randint(1, 12), rng.randrange(100000))
        elif r < 0.4:
            rec['doi'] = '10.%d/%s' % (rng.randint(1000, 99999), rng.choice(['abc', 'x(1)2', 'a;b:c', 'Q.1-2']))
        elif r < 0.7:
            rec['url'] = rng.choice(GOOD_URLS)
        elif r < 0.85:
            rec['url'] = rng.choice(BAD_URLS)
        if i > 0 and rng.random() < 0.3:
            rec['cites'] = ['gen:%d' % rng.randrange(i)]
        if rng.random() < 0.3:
            rec['links'] = [{'kind': 'url', 'id': u, 'url': u} for u in rng.sample(GOOD_URLS + BAD_URLS, 2)]
        print(json.dumps(rec, ensure_ascii=rng.random() < 0.5))


CONTROL = re.compile('[\x00-\x1f\x7f\x80-\x9f\u2028\u2029]')


def fold(s):
    if not isinstance(s, str):
        s = '' if s is None else str(s)
    return re.sub(' +', ' ', CONTROL.sub(' ', s)).strip(' ')


def browser_url(u):
    return u.replace('\t', '').replace('\n', '').replace('\r', '').strip(''.join(map(chr, range(0x21))))


def safe(u):
    u = browser_url(u)
    m = re.match(r'([A-Za-z][A-Za-z0-9+.-]*):', u)
    return bool(u) and (not m or m.group(1).lower() in ('http', 'https', 'ftp', 'mailto'))


def paper_url(rec):
    if rec.get('arxiv'):
        return 'https://arxiv.org/abs/' + rec['arxiv']
    if rec.get('doi'):
        return 'https://doi.org/' + rec['doi'].lower()
    u = rec.get('url', '')
    return browser_url(u) if safe(u) else ''


def same_url(href, url):
    return urllib.parse.unquote(href) == urllib.parse.unquote(url)


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return ''.join(c if isinstance(c, str) else c.text() for c in self.children)

    def elements(self, tag=None):
        for c in self.children:
            if isinstance(c, Node):
                if tag is None or c.tag == tag:
                    yield c
                yield from c.elements(tag)


class Tree(html.parser.HTMLParser):
    VOID = {'br', 'hr', 'img', 'input'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('root', [], None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in self.VOID:
            self.cur = n

    def handle_endtag(self, tag):
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)

    def handle_comment(self, data):
        self.cur.children.append(Node('!comment', [], self.cur))


ALLOWED = {'digest': {'h1', 'h2', 'p', 'ul', 'li', 'strong', 'a'},
           'list': {'h1', 'ul', 'li', 'a'},
           'table': {'h1', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a'}}


def is_email_autolink(a):
    return a.attrs.get('href', '').startswith('mailto:') and a.attrs['href'][7:] == a.text() and 'id' not in a.attrs


def check(template, records_path, html_path):
    recs = [json.loads(l) for l in open(records_path, encoding='utf-8') if l.strip()]
    tree = Tree()
    tree.feed(open(html_path, encoding='utf-8').read())
    errors = []
    ids = {a.attrs['id'] for a in tree.root.elements('a') if 'id' in a.attrs}
    allowed_urls = {paper_url(r) for r in recs}
    for r in recs:
        for l in r.get('links', []):
            if safe(l['url']):
                allowed_urls.add(browser_url(l['url']))
    for el in tree.root.elements():
        if el.tag not in ALLOWED[template]:
            errors.append('unexpected element <%s>: %r' % (el.tag, el.text()[:80]))
        if el.tag == 'a' and 'href' in el.attrs and not is_email_autolink(el):
            href = el.attrs['href']
            if href.startswith('#'):
                if href[1:] not in ids:
                    errors.append('local link to a missing anchor: %s' % href)
            elif not any(same_url(href, u) for u in allowed_urls if u):
                errors.append('link to an unexpected address: %r' % href)
    titles = [fold(r.get('title', '')) or 'Untitled' for r in recs]
    urls = [paper_url(r) for r in recs]
    if template == 'digest':
        items = [h for h in tree.root.elements('h2') if any('id' in a.attrs for a in h.elements('a'))]
        got = [h.text() for h in items]
        links = [[a for a in h.elements('a') if 'href' in a.attrs] for h in items]
    elif template == 'list':
        items = list(next(tree.root.elements('ul')).children) if recs else []
        items = [li for li in items if isinstance(li, Node)]
        got = [li.text() for li in items]
        links = [[li.children[0]] if li.children and isinstance(li.children[0], Node) and li.children[0].tag == 'a' else []
                 for li in items]
        got = [(l[0].text() if l else t) for t, l in zip(got, links)]
    else:
        items = [tr for tbody in tree.root.elements('tbody') for tr in tbody.children if isinstance(tr, Node)]
        cells = [[td for td in tr.children if isinstance(td, Node)] for tr in items]
        got = [c[0].text() for c in cells]
        links = [[a for a in c[0].elements('a')] for c in cells]
        for r, c in zip(recs, cells):
            want = fold(r.get('year', ''))
            if c[2].text() != want:
                errors.append('year cell %r, expected %r' % (c[2].text(), want))
    if len(got) != len(recs):
        errors.append('%d papers rendered, %d expected' % (len(got), len(recs)))
    for i, (title, url) in enumerate(zip(titles, urls)):
        if i >= len(got):
            break
        text = got[i]
        ok = text == title if template != 'list' or links[i] else text.startswith(title)
        if not ok:
            errors.append('paper %d: title %r, expected %r' % (i + 1, text, title))
        if url and (not links[i] or not same_url(links[i][-1].attrs['href'], url)):
            errors.append('paper %d: link %r, expected %r' % (i + 1, links[i] and links[i][-1].attrs['href'], url))
        if not url and links[i] and not all(is_email_autolink(a) for a in links[i]):
            errors.append('paper %d: a link where none was expected: %r' % (i + 1, links[i][-1].attrs))
    for e in errors[:20]:
        print('render_check:', e)
    return 1 if errors else 0


if __name__ == '__main__':
    if sys.argv[1] == 'gen':
        gen(int(sys.argv[2]), int(sys.argv[3]))
    else:
        sys.exit(check(sys.argv[2], sys.argv[3], sys.argv[4]))
