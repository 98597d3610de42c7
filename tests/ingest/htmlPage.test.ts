import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extractArticle.js';
import { fixtureDir, readAll, removeDir } from './helpers.js';

// A news page as a crawler saves it: the menu, scripts, styles, related links and footer name other places.
const PAGE = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Bình Định tiếp đoàn Izumisano | Báo Bình Định</title>
<style>.menu a[href*="ha-noi"] { color: red } /* Đà Nẵng */</style>
<script>window.dataLayer = [{ "section": "Hà Nội", "tags": "<p>Tỉnh Quảng Nam</p>" }];</script>
<script type="application/ld+json">{"@type": "NewsArticle", "about": "Thành phố Osaka"}</script></head>
<body><header><nav><ul><li><a href="/ha-noi">Hà Nội</a></li><li><a href="/da-nang">Đà Nẵng</a></li></ul></nav></header>
<main><article><h1>Bình Định tiếp đoàn Izumisano</h1>
<p>Chủ tịch UBND tỉnh Bình Định Hồ Quốc Dũng tiếp đoàn thành phố Izumisano (Nhật Bản) &amp; trao đổi về hợp tác.</p></article>
<aside><h3>Tin liên quan</h3><a href="/quang-nam">Tỉnh Quảng Nam đón đoàn Shizuoka</a></aside></main>
<footer>© Báo Bình Định – Hà Nội</footer><noscript><img src="x.gif"></noscript></body></html>`;

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

describe('a full HTML page', () => {
  it('gives the article text only, and entities from it alone', async () => {
    const dir = await fixtureDir({ 'page.html': PAGE });
    dirs.push(dir);
    const { articles, warnings } = await readAll([join(dir, 'page.html')]);
    expect(warnings).toEqual([]);
    expect(articles[0]).toMatchObject({
      title: 'Bình Định tiếp đoàn Izumisano | Báo Bình Định',
      text: 'Bình Định tiếp đoàn Izumisano\nChủ tịch UBND tỉnh Bình Định Hồ Quốc Dũng tiếp đoàn thành phố Izumisano (Nhật Bản) & trao đổi về hợp tác.',
    });
    const names = extractArticle(articles[0]!).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Bình Định', 'Hồ Quốc Dũng']));
    expect(names.filter((n) => /Hà Nội|Đà Nẵng|Quảng Nam|Osaka|Shizuoka/.test(n))).toEqual([]);
  });
});
