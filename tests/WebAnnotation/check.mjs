// Expands a Web Annotation export (the file given) with the real JSON-LD processor (npm jsonld) against the W3C
// context shipped beside this script (anno.jsonld), never the network, in safe mode: a term the context does not
// define, or a value it cannot map, is an error instead of being dropped. Then checks the expanded terms: the
// collection and page, and for every annotation its type, motivation, bodies (purpose and value), target source and
// both selectors. Prints one line per annotation, `ANNOTATION id|source|exact|start|end`, then the problems and a
// count; exits 1 when there is a problem.
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';

const OA = 'http://www.w3.org/ns/oa#';
const AS = 'http://www.w3.org/ns/activitystreams#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const context = JSON.parse(readFileSync(new URL('./anno.jsonld', import.meta.url), 'utf8'));

const documentLoader = async (url) => {
  if (url === 'http://www.w3.org/ns/anno.jsonld' || url === 'https://www.w3.org/ns/anno.jsonld') {
    return { contextUrl: null, documentUrl: url, document: context };
  }
  throw new Error(`no network: the check loads only the W3C context, not ${url}`);
};

const problems = [];
const one = (node, term) => (node[term] ?? [])[0];
const types = (node) => node['@type'] ?? [];

let expanded;
try {
  expanded = await jsonld.expand(JSON.parse(readFileSync(process.argv[2], 'utf8')), { documentLoader, safe: true });
} catch (error) {
  console.log(`expansion failed: ${error.message}${error.details ? ' ' + JSON.stringify(error.details) : ''}`);
  process.exit(1);
}

const collection = expanded[0];
if (!types(collection).includes(AS + 'OrderedCollection')) problems.push('the root is not an as:OrderedCollection (AnnotationCollection)');
const page = one(collection, AS + 'first');
if (!page || !types(page).includes(AS + 'OrderedCollectionPage')) problems.push('as:first is not an as:OrderedCollectionPage (AnnotationPage)');
const items = page ? (one(page, AS + 'items')?.['@list'] ?? []) : [];
const total = one(collection, AS + 'totalItems');
if (!total || total['@type'] !== XSD + 'nonNegativeInteger' || Number(total['@value']) !== items.length) problems.push(`as:totalItems is not the ${items.length} items as an xsd:nonNegativeInteger`);

for (const annotation of items) {
  const id = annotation['@id'];
  if (!types(annotation).includes(OA + 'Annotation')) problems.push(`${id}: not an oa:Annotation`);
  if (one(annotation, OA + 'motivatedBy')?.['@id'] !== OA + 'classifying') problems.push(`${id}: not motivated by oa:classifying`);
  for (const body of annotation[OA + 'hasBody'] ?? []) {
    if (!types(body).includes(OA + 'TextualBody')) problems.push(`${id}: a body is not an oa:TextualBody`);
    if (!(one(body, OA + 'hasPurpose')?.['@id'] ?? '').startsWith(OA)) problems.push(`${id}: a body has no oa: purpose`);
    if (typeof one(body, RDF + 'value')?.['@value'] !== 'string') problems.push(`${id}: a body has no rdf:value`);
  }
  const target = one(annotation, OA + 'hasTarget');
  const source = target && one(target, OA + 'hasSource')?.['@id'];
  if (!source) problems.push(`${id}: the target has no oa:hasSource`);
  const selectors = target ? target[OA + 'hasSelector'] ?? [] : [];
  const quote = selectors.find((s) => types(s).includes(OA + 'TextQuoteSelector'));
  const position = selectors.find((s) => types(s).includes(OA + 'TextPositionSelector'));
  if (!quote || [OA + 'exact', OA + 'prefix', OA + 'suffix'].some((t) => typeof one(quote, t)?.['@value'] !== 'string')) problems.push(`${id}: no TextQuoteSelector with oa:exact, oa:prefix and oa:suffix`);
  let start = '', end = '';
  if (position) {
    const s = one(position, OA + 'start'), e = one(position, OA + 'end');
    if (s?.['@type'] !== XSD + 'nonNegativeInteger' || e?.['@type'] !== XSD + 'nonNegativeInteger') problems.push(`${id}: oa:start and oa:end are not xsd:nonNegativeInteger`);
    start = s?.['@value']; end = e?.['@value'];
  }
  console.log(`ANNOTATION ${id}|${source}|${JSON.stringify(one(quote ?? {}, OA + 'exact')?.['@value'])}|${start}|${end}`);
}

for (const problem of problems) console.log(problem);
console.log(`${items.length} annotation(s), ${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
