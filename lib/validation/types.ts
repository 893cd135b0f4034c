/** The data the build compiles each JSON Schema into (scripts/build-validators.mjs), and what a check reports. */

/** A schema (or subschema) with its annotations stripped; `true`/`false` are the trivial schemas. */
export type SchemaNode = boolean | { readonly [keyword: string]: unknown };

/** One schema file, ready to check against: its root and the other schema files its `$ref`s name. */
export interface SchemaDocument {
  /** The schema's file name without `.json` (`deviceState`). */
  readonly name: string;
  readonly root: SchemaNode;
  /** `$ref` target file (`advancedDeviceQuery.json`) → that schema. */
  readonly refs: { readonly [file: string]: SchemaDocument };
}

/** One problem, in Ajv's error shape. */
export interface ValidationIssue {
  /** JSON Pointer to the failing value within the checked data ("" for the root). */
  instancePath: string;
  /** The failing keyword: "required", "enum", "additionalProperties", "format", … */
  keyword: string;
  /** Keyword details: { missingProperty }, { allowedValues }, { additionalProperty }, { limit }, … */
  params: { [key: string]: unknown };
  message?: string;
}
