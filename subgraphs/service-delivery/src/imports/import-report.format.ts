import type { ImportReport } from '../records/import-report';

/** The import report as plain text for a terminal. */
export function formatImportReport(report: ImportReport): string {
  const lines: string[] = [];
  const seconds = (report.durationMs / 1000).toFixed(2);
  lines.push(`${report.dataset} ${report.sourceName} → ${report.organisationKey}: ${report.status}`);
  lines.push(`  checksum        ${report.checksum}`);
  if (report.status === 'ALREADY_IMPORTED') {
    lines.push(`  records         ${report.rowsRead} in the file: 0 new, ${report.rowsAlreadyHeld} already held; nothing added`);
    return lines.join('\n');
  }
  lines.push(`  rows read       ${report.rowsRead}${report.repeatedInFile > 0 ? ` (${report.repeatedInFile} repeat an earlier row exactly: each counted)` : ''}`);
  lines.push(`  records         ${report.rowsNew} new, ${report.rowsAlreadyHeld} already held`);
  lines.push(`  rows imported   ${report.rowsImported}`);
  if (report.monthsReplaced.length > 0) {
    lines.push(`  months replaced ${report.monthsReplaced.join(', ')} (${report.rowsReplaced} held records removed, the file's kept)`);
  }
  lines.push(`  write path      ${report.writePath}`);
  lines.push(`  duration        ${seconds} s (${report.rowsPerSecond} rows/s)`);
  if (report.repeatedHeaderCount > 0) {
    const more = report.repeatedHeaderCount > report.repeatedHeaderLines.length ? ', …' : '';
    lines.push(`  header rows     ${report.repeatedHeaderCount} repeated header row(s) skipped (line ${report.repeatedHeaderLines.join(', ')}${more})`);
  }
  if (report.selfDefinedCodes) {
    const codes = report.selfDefinedCodes;
    const how = codes.source === 'OPTION' ? 'as given' : codes.source === 'FILE' ? `shown by ${codes.evidence}` : `not settled${codes.evidence ? ` (${codes.evidence})` : ''}`;
    lines.push(`  ethnicity codes ${codes.scheme ?? 'unknown'} (${how})`);
  }
  if (report.unmapped.length === 0) lines.push('  unmapped values none');
  else {
    lines.push('  unmapped values (kept as written, shown as UNMAPPED in analyses):');
    for (const column of report.unmapped) {
      const examples = column.values.slice(0, 5).map((v) => `"${v.value}" ×${v.count}`).join(', ');
      const share = `${(column.share * 100).toFixed(1)}%`;
      lines.push(`    ${column.column}: ${column.count}, ${share} (${examples})`);
    }
  }
  if (report.acceptUnmapped) lines.push(`  accepted unmapped values above ${(report.unmappedThreshold * 100).toFixed(1)}% (--accept-unmapped)`);
  if (report.status === 'REFUSED') {
    lines.push(`  refused: ${report.problemCount} problem(s); nothing was written`);
    for (const problem of report.problems) {
      lines.push(`    line ${problem.line}${problem.column ? ` [${problem.column}]` : ''}: ${problem.reason}`);
    }
    if (report.problemCount > report.problems.length) {
      lines.push(`    … and ${report.problemCount - report.problems.length} more`);
    }
  }
  return lines.join('\n');
}
