// Record sizes shared by the crash writer and its test: varied, up to 256 KiB.
export function crashRecordSize(i: number): number {
  return 1 + ((i * 7919) % (256 * 1024));
}
