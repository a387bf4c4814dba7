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

/* Whether sec * 10^9 + nsec (0 <= nsec < 10^9) fits in an int64. */
static int ns_fits(int64_t sec) {
  return sec >= -9223372036LL && sec <= 9223372035LL;
}

/* lstat as libuv makes it for Node.js (statx with its flags and mask, lstat where statx is
 * missing), so that what the packer records equals what every other part of afbackup reads
 * through node:fs; then llistxattr. Returns 0, the errno of the lstat, or LSTAT_USE_NODE (the
 * record is then untouched). */
static int lstat_entry(const char *path, unsigned char *rec) {
  double num[LSTAT_NUMBERS];
  int64_t big[LSTAT_BIGINTS];
  struct statx x;
  if (statx(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW | AT_STATX_SYNC_AS_STAT, STATX_BASIC_STATS | STATX_BTIME, &x) == 0) {
    if (!ns_fits(x.stx_atime.tv_sec) || !ns_fits(x.stx_mtime.tv_sec) || !ns_fits(x.stx_ctime.tv_sec)) return LSTAT_USE_NODE;
    num[0] = x.stx_mode;
    num[1] = x.stx_uid;
    num[2] = x.stx_gid;
    num[3] = x.stx_nlink;
    num[4] = x.stx_rdev_major;
    num[5] = x.stx_rdev_minor;
    big[0] = (int64_t)x.stx_size;
    big[1] = (int64_t)x.stx_blocks;
    big[2] = (int64_t)x.stx_atime.tv_sec * 1000000000 + x.stx_atime.tv_nsec;
    big[3] = (int64_t)x.stx_mtime.tv_sec * 1000000000 + x.stx_mtime.tv_nsec;
    big[4] = (int64_t)x.stx_ctime.tv_sec * 1000000000 + x.stx_ctime.tv_nsec;
    big[5] = (int64_t)x.stx_ino;
    big[6] = (int64_t)makedev(x.stx_dev_major, x.stx_dev_minor);
  } else {
    /* The cases libuv falls back to lstat for: no statx (a kernel before 4.11), a seccomp
     * filter, a filesystem without it. */
    if (errno != ENOSYS && errno != EPERM && errno != EINVAL && errno != EOPNOTSUPP) return errno;
    struct stat st;
    if (lstat(path, &st) < 0) return errno;
    if (!ns_fits(st.st_atim.tv_sec) || !ns_fits(st.st_mtim.tv_sec) || !ns_fits(st.st_ctim.tv_sec)) return LSTAT_USE_NODE;
    num[0] = st.st_mode;
    num[1] = st.st_uid;
    num[2] = st.st_gid;
    num[3] = (double)st.st_nlink;
    num[4] = major(st.st_rdev);
    num[5] = minor(st.st_rdev);
    big[0] = st.st_size;
    big[1] = st.st_blocks;
    big[2] = (int64_t)st.st_atim.tv_sec * 1000000000 + st.st_atim.tv_nsec;
    big[3] = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
    big[4] = (int64_t)st.st_ctim.tv_sec * 1000000000 + st.st_ctim.tv_nsec;
    big[5] = (int64_t)st.st_ino;
    big[6] = (int64_t)st.st_dev;
  }
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
