// What the output formats need besides the report itself.
export interface FormatContext {
  color: boolean;
  version: string;
  informationUri: string;
  cwd: string;
  /** The term's title for a rule id, when the model has it. */
  titleOf(ruleId: string): string | undefined;
  /** Replacements written by --fix, per file path. */
  fixed: Map<string, number>;
  /** Files read and checked (skipped ones excluded). */
  filesChecked: number;
  fixing: boolean;
}
