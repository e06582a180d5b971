// Short names for the wasm's imports and exports, for scripts/post-build.mjs
// (release builds). See minifyWasmNames.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Short names for the wasm's imports and exports. wasm-bindgen names each
 * import after its JS function and a 16-digit hash
 * (`__wbg_addEventListener_f2d27251d333a631`), once in the wasm and once in
 * the glue: some 140 hashes that no compressor can shrink, about 3.8 KiB
 * brotli on every page. binaryen's own pass renames them (it is the
 * binaryen 132 that Trunk runs) and prints what it renamed, and the glue's
 * names are changed to match: each import is a key of the glue's import
 * object (exactly once, else the build stops), each export a property of
 * the instance's exports. Runs on the optimised wasm, whose features list
 * Trunk's wasm-opt stripped, so the features rustc emits are named here: a
 * module using another fails to validate and stops the build.
 */
export const WASM_FEATURES = [
  'bulk-memory', 'bulk-memory-opt', 'call-indirect-overlong', 'multivalue', 'mutable-globals',
  'nontrapping-float-to-int', 'reference-types', 'sign-ext',
];

/** The one module a wasm file imports from (Node compiles it to read its imports). */
export function importModule(wasmPath) {
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath)));
  const modules = new Set(imports.map((entry) => entry.module));
  if (modules.size !== 1) throw new Error(`minify-wasm: ${wasmPath} imports from ${modules.size} modules`);
  return [...modules][0];
}

export function minifyWasmNames(wasmPath, glue) {
  const out = `${wasmPath}.min`;
  const printed = execFileSync(
    'wasm-opt',
    [wasmPath, '--minify-imports-and-exports-and-modules', '--strip-producers', '--strip-target-features',
      ...WASM_FEATURES.map((feature) => `--enable-${feature}`), '-o', out],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  const map = JSON.parse(printed);
  const modules = new Set(map.imports.map(([module]) => module));
  if (modules.size !== 1) throw new Error(`minify-wasm: expected one import module, found ${[...modules]}`);
  const literal = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
  const once = (code, pattern, to, what) => {
    const found = code.match(pattern)?.length ?? 0;
    if (found !== 1) throw new Error(`minify-wasm: ${what} found ${found} times in the glue`);
    return code.replace(pattern, to);
  };
  // binaryen names the module as it names the imports, and does not print it.
  const module = importModule(out);
  let code = once(glue, new RegExp(`(["'])${literal([...modules][0])}\\1:`, 'g'), `${key(module)}:`, 'the import module');
  for (const [, name, to] of map.imports) {
    code = once(code, new RegExp(`(?<![\\w$])${literal(name)}(?=:)`, 'g'), key(to), name);
  }
  // The glue keeps the instance's exports in one variable (`E=e.exports`).
  const exportsVariable = [...code.matchAll(/([\w$]+)=[\w$]+\.exports[,;)]/g)];
  if (exportsVariable.length !== 1) throw new Error('minify-wasm: the glue\'s exports variable not found once');
  const exports = literal(exportsVariable[0][1]);
  for (const [name, to] of map.exports) {
    code = code.replace(new RegExp(`(?<![\\w$])${exports}\\.${literal(name)}(?![\\w$])`, 'g'), `${exportsVariable[0][1]}.${to}`);
    if (new RegExp(`\\.${literal(name)}(?![\\w$])`).test(code)) throw new Error(`minify-wasm: export ${name} read other than from the exports`);
  }
  return { out, code };
}
