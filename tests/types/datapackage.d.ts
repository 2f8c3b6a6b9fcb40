/** The part of the untyped npm `datapackage` (Frictionless Data, v1.1.10) that tests/unit/scripts/open-data-package.test.ts uses. */
declare module 'datapackage' {
  export interface Resource {
    name: string;
    tabular: boolean;
    descriptor: { path: string; encoding?: string; [key: string]: unknown };
    headers: string[] | null;
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(
      descriptor: string | object,
      options?: { basePath?: string; strict?: boolean },
    ): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
  }
}
