/**
 * Objects kept for the life of the process so that V8 keeps their shapes. An object built by a class's constructor
 * has a shape (hidden class) held only by the objects of that shape: at a full collection that finds none of them
 * alive, V8 may drop the shape, and with it the optimized code of every function that read such objects
 * (V8's deoptimisation trace says "weak objects"), to compile it again on the next page. Forced and memory-reducing
 * collections do this between pages (`bench/ingest-ab.mjs` collects before each run); ordinary collections in a long
 * batch were not seen to. One instance of each class made per page (`Region`, `ProseTally`), made at load, holds the
 * shape. It only works while the kept instance has the real ones' shape: declare every field in the constructor and
 * keep integer fields integers. An object literal's shape is held by the literal's site, so literals written with
 * all their fields need none.
 */
const kept: object[] = [];

/** Keep `example` alive, and so the shape of its class's instances. */
export function keepShape(example: object): void {
  kept.push(example);
}
