import { cleanLabel } from '../clean/cleanLabel.js';
import type { OrganizationMention } from '../types.js';
import { headAt, type OrgCtx } from './internal/orgHead.js';
import { GENERIC_REJECTS } from './internal/orgGeneric.js';
import { orgSpan } from './internal/orgSpan.js';

const GOVERNMENT = new Set(['uy ban nhan dan', 'ubnd', 'hoi dong nhan dan', 'hdnd', 'tinh uy', 'thanh uy', 'huyen uy', 'chinh quyen']);
const ADMIN_ABBR = new Set(['TP', 'Tp', 'TX', 'TT', 'Q']);

/**
 * Organizations: a capitalized head word ("UBND", "Hội", "Tập đoàn", "Đại sứ quán") and the
 * words that name it, up to a verb-like stop word, punctuation or a person's name (see internal/orgSpan.ts);
 * trimmed back to its last capitalized word or place ("Trung tâm xúc tiến đầu tư, thương mại, du lịch thành phố Hà Nội").
 */
export function findOrganizations(ctx: OrgCtx): OrganizationMention[] {
  const { text, tokens } = ctx;
  const out: OrganizationMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = headAt(tokens, i, text);
    if (!head || inDocumentNumber(text, tokens[i]!.start)) continue;
    const span = orgSpan(ctx, i, head);
    let end = span.lastGood;
    // "Chủ tịch UBND TP Nguyễn Đức Chung": an administrative abbreviation with no place after it names none ("Sở VH&TT" keeps "TT").
    while (end > i + head.words && ADMIN_ABBR.has(tokens[end - 1]!.text) && text[tokens[end - 1]!.start - 1] === ' ') end--;
    // A head alone ("UBND", "Trung tâm") or with small domain words only ("Bệnh viện đa khoa") names no particular body.
    if (end <= i + head.words || !span.named) continue;
    // "Trường Tiểu học", "các Cơ quan chính phủ Mỹ", "Công ty Hàn Quốc": a kind of body, no particular one.
    if (GENERIC_REJECTS.some((r) => r.rejects(ctx, i, head, end))) continue;
    const start = tokens[i]!.start;
    const raw = text.slice(start, tokens[end - 1]!.end + (span.paren ? 1 : 0));
    const acronym = /\(([\p{Lu}\d]{2,})\)$/u.exec(raw);
    const name = cleanLabel(acronym ? raw.slice(0, acronym.index) : raw);
    const locs = ctx.localities.filter((l) => l.start >= start && l.end <= tokens[end - 1]!.end);
    out.push({
      type: 'Organization', start, end: start + raw.length, text: raw, name, reason: `org.head.${head.key.replace(/ /g, '-')}`,
      aliases: acronym ? [acronym[1]!] : [], locality: locs[locs.length - 1]?.id ?? null, government: GOVERNMENT.has(head.key),
    });
    i = end - 1;
  }
  return out;
}

/** "Công văn số 8017/UBND-QLĐTh", "Quyết định 123/QĐ-UBND": the issuer's code in a document number names no body. */
function inDocumentNumber(text: string, start: number): boolean {
  if (start === 0 || text[start - 1] === ' ') return false;
  return /\d\/[\p{L}\d.-]*$/u.test(text.slice(text.lastIndexOf(' ', start - 1) + 1, start));
}
