// Checks FollowTheMoney entities (one JSON object per line, the file given) against the real followthemoney model:
// every schema exists and is not abstract, every property belongs to its schema, every required property of the
// schema and its parents is there, values fit their types (a language or country among those the model lists), ids
// are unique and every entity reference names an entity of the file whose schema is in the property's range. Prints
// each problem; exits 1 when there is one.
import { readFileSync } from 'node:fs';
import ftm from '@alephdata/followthemoney';

const { Model, defaultModel } = ftm;
const model = new Model(defaultModel);
const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((line) => line.length > 0);
const problems = [];
const entities = new Map();

lines.forEach((line, index) => {
  let raw;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    problems.push(`line ${index + 1}: not JSON: ${error.message}`);
    return;
  }
  if (entities.has(raw.id)) {
    problems.push(`line ${index + 1}: id ${raw.id} is used twice`);
  }
  entities.set(raw.id, { raw, line: index + 1 });
});

const datePattern = /^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+Z?)?)?)?$/;

for (const { raw, line } of entities.values()) {
  const where = `line ${line} (${raw.id})`;
  let schema;
  try {
    schema = model.getSchema(raw.schema);
  } catch {
    problems.push(`${where}: no schema ${raw.schema}`);
    continue;
  }
  if (!schema || schema.abstract) {
    problems.push(`${where}: schema ${raw.schema} is ${schema ? 'abstract' : 'unknown'}`);
    continue;
  }
  const properties = raw.properties ?? {};
  const required = new Set([schema, ...schema.getParents()].flatMap((s) => s.required));
  for (const name of required) {
    if (!Array.isArray(properties[name]) || properties[name].length === 0) {
      problems.push(`${where}: ${schema.name} requires ${name}`);
    }
  }
  for (const [name, values] of Object.entries(properties)) {
    if (!schema.hasProperty(name)) {
      problems.push(`${where}: ${schema.name} has no property ${name}`);
      continue;
    }
    const property = schema.getProperty(name);
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string' || v.length === 0)) {
      problems.push(`${where}: ${name} must be a list of non-empty strings`);
      continue;
    }
    for (const value of values) {
      if (property.type.name === 'date' && !datePattern.test(value)) {
        problems.push(`${where}: ${name} '${value}' is not a date`);
      }
      // A type with a closed list of values (languages, countries) takes only those.
      if (property.type.values instanceof Map && property.type.values.size > 0 && !property.type.values.has(value)) {
        problems.push(`${where}: ${name} '${value}' is not a ${property.type.name} the model lists`);
      }
      if (property.maxLength && value.length > property.maxLength) {
        problems.push(`${where}: ${name} is longer than ${property.maxLength}`);
      }
      if (property.type.name === 'entity') {
        const target = entities.get(value);
        if (!target) {
          problems.push(`${where}: ${name} names ${value}, which is not an entity of the file`);
        } else if (property.hasRange && !model.getSchema(target.raw.schema).isA(property.getRange())) {
          problems.push(`${where}: ${name} names ${value}, a ${target.raw.schema}, not a ${property.getRange().name}`);
        }
      }
    }
  }
  // The library's own reading of the entity must accept it too.
  try {
    model.getEntity(raw);
  } catch (error) {
    problems.push(`${where}: the model rejects it: ${error.message}`);
  }
}

for (const problem of problems) {
  console.log(problem);
}
console.log(`${entities.size} entities, ${problems.length} problem(s)`);
process.exit(problems.length > 0 ? 1 : 0);
