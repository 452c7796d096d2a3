/**
 * Objects kept for the life of the process so that V8 keeps their shapes. V8 gives an object built by a class's
 * constructor a shape (hidden class) that only the objects of that shape hold: at a full garbage collection with none
 * of them alive, the shape is dropped, and with it the optimized code of every function that read such objects
 * (`node --trace-deopt`: "weak objects"). A class made once per page (`Region`, `ProseTally`) dies with the page, so
 * every collection between two pages threw that code away and V8 compiled it again: the seed page x50 of
 * `bench/ingest-ab.mjs`, which collects before each run, took 1.52 times the filing commit's time with, 1.13 without
 * (December 2026). One instance of each such class, made at load, holds the shape. An object literal's shape is held
 * by the literal's site, so objects written as literals with all their fields need none.
 */
const kept: object[] = [];

/** Keep `example` alive, and so the shape of its class's instances; returns it. */
export function keepShape<T extends object>(example: T): T {
  kept.push(example);
  return example;
}
