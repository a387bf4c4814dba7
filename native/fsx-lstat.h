/* The packer's lstat of one entry (fsx.lstatEntry, afclient/pack/entry-stat.ts): the lstat and
 * the size of the entry's extended attribute name list in one call, written into a record the
 * caller reuses. Node's lstat makes a stats object of 18 BigInts and 4 Dates per entry, and the
 * attribute list a JavaScript array, for thousands of small files that mostly have none; here
 * nothing is allocated, and the names are listed again (fsx.llistxattr) only for an entry that
 * has some. Kept in its own file only to keep fsx.c short; fsx.c includes it. */
#ifndef FSX_LSTAT_H
#define FSX_LSTAT_H

/* The record: LSTAT_NUMBERS doubles, then LSTAT_BIGINTS signed 64-bit integers (host order). */
#define LSTAT_NUMBERS 7 /* st_mode, uid, gid, nlink, rdev major, rdev minor, xattr list bytes (or -errno) */
#define LSTAT_BIGINTS 7 /* size, blocks, atime ns, mtime ns, ctime ns, inode, device */
#define LSTAT_RECORD (8 * (LSTAT_NUMBERS + LSTAT_BIGINTS))

/* Returned for a time whose nanoseconds do not fit in 64 bits (before 1677 or after 2262):
 * node:fs gives those exactly as BigInts, and the caller asks it instead. */
#define LSTAT_USE_NODE (-1)

/* scan_lstat of a path (fsx-scan.h: statx as libuv makes it for Node.js, so that what the packer
 * records equals what every other part of afbackup reads through node:fs), then llistxattr.
 * Returns 0, the errno of the lstat, or LSTAT_USE_NODE (the record is then untouched). */
static int lstat_entry(const char *path, unsigned char *rec) {
  struct scan_stat s;
  if (scan_lstat(AT_FDCWD, path, &s) < 0) return errno;
  if (!s.exact) return LSTAT_USE_NODE;
  double num[LSTAT_NUMBERS] = {s.mode, s.uid, s.gid, s.nlink, major(s.rdev), minor(s.rdev), 0};
  int64_t big[LSTAT_BIGINTS] = {s.size, s.blocks, s.atime, s.mtime, s.ctime, (int64_t)s.ino, (int64_t)s.dev};
  /* The usual list is empty or short: one call with room for it; a longer one only counts as
   * "has some" (ERANGE), its names are listed by llistxattr. */
  char names[1024];
  ssize_t m = llistxattr(path, names, sizeof names);
  num[6] = m >= 0 ? (double)m : errno == ERANGE ? (double)sizeof names : -(double)errno;
  memcpy(rec, num, sizeof num);
  memcpy(rec + sizeof num, big, sizeof big);
  return 0;
}

#endif
