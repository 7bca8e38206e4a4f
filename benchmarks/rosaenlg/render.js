// RosaeNLG peer for benchmarks/bench_engine.py.
// usage: node render.js DATA.json TEMPLATE.pug
// DATA.json: {"items": [...]} -- one data object per text. The template is
// compiled once and one NlgLib is reused for every text (RosaeNLG's
// performance advice: compile once, loop outside Pug; a fresh NlgLib per text,
// as renderFile makes, cost it a third of its rate). Only the render loop is
// timed. Prints one JSON line on stdout.
'use strict';
const fs = require('fs');
const path = require('path');

const modules = process.env.ROSAENLG_MODULES;
const rosaenlg = require(modules ? path.join(modules, 'rosaenlg') : 'rosaenlg');

const [dataPath, templatePath] = process.argv.slice(2);
const items = JSON.parse(fs.readFileSync(dataPath, 'utf8')).items;
const language = 'en_US';

const t0 = process.hrtime.bigint();
const template = rosaenlg.compileFile(templatePath, { language });
const t1 = process.hrtime.bigint();

const util = new rosaenlg.NlgLib({ language });
// warm-up (JIT, linguistic resources), not timed
for (let i = 0; i < Math.min(20, items.length); i++) {
  template({ util, d: items[i] });
}

let chars = 0;
let sample = '';
const rss0 = process.memoryUsage().rss;
const cpu0 = process.cpuUsage();
const t2 = process.hrtime.bigint();
for (let i = 0; i < items.length; i++) {
  const text = template({ util, d: items[i] });
  chars += text.length;
  if (i === 0) sample = text;
}
const t3 = process.hrtime.bigint();
const cpu = process.cpuUsage(cpu0);

const seconds = Number(t3 - t2) / 1e9;
process.stdout.write(JSON.stringify({
  version: rosaenlg.getRosaeNlgVersion(),
  n: items.length,
  compile_s: Number(t1 - t0) / 1e9,
  seconds,
  cpu_s: (cpu.user + cpu.system) / 1e6,
  texts_per_s: items.length / seconds,
  chars,
  rss_delta_kb: Math.round((process.memoryUsage().rss - rss0) / 1024),
  sample,
}) + '\n');
