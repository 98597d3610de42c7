import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/index.js';

describe('htmlToText', () => {
  it.each<[string, string, string | null, string]>([
    ['title element', '<html><head><title> Tin &amp; bài </title></head><body><p>Nội dung</p></body></html>', 'Tin & bài', 'Nội dung'],
    ['first h1 without a title', '<h1>Đoàn <b>Izumisano</b></h1><p>Một</p><h1>Hai</h1>', 'Đoàn Izumisano', 'Đoàn Izumisano\nMột\nHai'],
    ['no title at all', '<p>Chỉ có đoạn văn</p>', null, 'Chỉ có đoạn văn'],
    [
      'furniture removed',
      '<body><header>Logo</header><nav><a>Thời sự</a></nav><script>var a = "<p>x</p>";</script><style>p{}</style>' +
        '<article><p>Bài viết.</p></article><aside>Tin liên quan</aside><footer>© Báo</footer><!-- <p>ẩn</p> --></body>',
      null,
      'Bài viết.',
    ],
    ['block elements become lines', '<div>Một<br>Hai<br/>Ba</div><ul><li>Bốn</li><li>Năm</li></ul><p>Sáu <i>bảy</i></p>', null, 'Một\nHai\nBa\nBốn\nNăm\nSáu bảy'],
    ['entities decoded', '<p>&quot;Hợp t&aacute;c&quot; &#272;&agrave; N&#x1EB5;ng &lt;3 &hellip; &unknown; &#0;</p>', null, '"Hợp tác" Đà Nẵng <3 … &unknown; \uFFFD'],
    ['whitespace collapsed', '<p>  Một \n  hai\t\tba&nbsp;&nbsp;bốn  </p>\n\n\n<p>năm</p>', null, 'Một\nhai ba bốn\nnăm'],
    ['upper-case tags', '<P>Một</P><SCRIPT>bad()</SCRIPT><BR>Hai', null, 'Một\nHai'],
  ])('%s', (_, html, title, text) => {
    expect(htmlToText(html)).toEqual({ title, text });
  });
});
