/* The directory scan behind fsx.scanDir (fsx.c), apart from its N-API binding. Kept in its own
 * file only to keep fsx.c short; fsx.c includes it (binding.gyp builds that one source). */
#ifndef FSX_SCAN_H
#define FSX_SCAN_H

/* One scanned entry: int32 error (0, or the errno of its lstat), mode, uid, gid, nlink, unused;
 * then int64 size, mtime ns, ctime ns, inode, device, rdev. Little and aligned for typed arrays. */
#define SCAN_RECORD 72
/* Longest signature: a type name and five signed 64-bit numbers with their spaces. */
#define SIG_MAX 128

struct scan_result {
  int err;             /* errno of the directory's open or read; 0 when the scan succeeded */
  const char *syscall; /* which of them failed */
  size_t count;
  char *names;         /* sorted, joined by '/' */
  size_t names_len;
  char *sigs;          /* signatures joined by '/' */
  size_t sigs_len;
  unsigned char *stats; /* count * SCAN_RECORD bytes */
};

struct scan_names {
  char *buf;
  size_t len, cap;
  size_t *off;
  size_t count, offcap;
};

static int scan_add(struct scan_names *n, const char *name) {
  size_t l = strlen(name) + 1;
  if (n->len + l > n->cap) {
    size_t cap = n->cap ? n->cap * 2 : 8192;
    while (cap < n->len + l) cap *= 2;
    char *b = realloc(n->buf, cap);
    if (!b) return 0;
    n->buf = b;
    n->cap = cap;
  }
  if (n->count == n->offcap) {
    size_t cap = n->offcap ? n->offcap * 2 : 256;
    size_t *o = realloc(n->off, cap * sizeof *o);
    if (!o) return 0;
    n->off = o;
    n->offcap = cap;
  }
  memcpy(n->buf + n->len, name, l);
  n->off[n->count++] = n->len;
  n->len += l;
  return 1;
}

static int by_name(const void *a, const void *b, void *base) {
  return strcmp((const char *)base + *(const size_t *)a, (const char *)base + *(const size_t *)b);
}

static void put_i64(unsigned char *rec, int at, int64_t v) { memcpy(rec + at, &v, 8); }

/* The entry type's name in the filelist (protocol/archive/entry.ts EntryType). */
static const char *type_name(mode_t mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return "file";
    case S_IFDIR: return "directory";
    case S_IFLNK: return "symlink";
    case S_IFIFO: return "fifo";
    case S_IFSOCK: return "socket";
    case S_IFCHR: return "chardev";
    default: return "blockdev";
  }
}

/* Writes `v` in decimal (as "%lld") at `p` and returns where it ends: snprintf of the five
 * numbers of each signature was a tenth of the scan's time. */
static char *put_dec(char *p, long long v) {
  char digits[20];
  int n = 0;
  unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
  if (v < 0) *p++ = '-';
  do {
    digits[n++] = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  while (n) *p++ = digits[--n];
  return p;
}

/* An entry's lstat, as the scan and the packer's lstat (fsx-lstat.h) keep it. Times are
 * nanoseconds; `exact` is false when one of them does not fit in 64 bits (before 1677 or after
 * 2262: the value is then wrapped, as SQLite's integers would hold it). */
struct scan_stat {
  uint32_t mode, uid, gid, nlink;
  int64_t size, blocks, atime, mtime, ctime;
  uint64_t ino, dev, rdev;
  int exact;
};

/* Whether sec * 10^9 + nsec (0 <= nsec < 10^9) fits in an int64. */
static int ns_fits(int64_t sec) {
  return sec >= -9223372036LL && sec <= 9223372035LL;
}

/* sec * 10^9 + nsec, wrapped (unsigned arithmetic: no undefined overflow) when it does not fit. */
static int64_t ns_of(int64_t sec, int64_t nsec) {
  return (int64_t)((uint64_t)sec * 1000000000u + (uint64_t)nsec);
}

/* lstat of `name` in the directory `dfd` (AT_FDCWD: a path): statx with the flags and mask
 * libuv's lstat uses, so the state is exactly what Node.js reports for it (device numbers as
 * makedev of the major and minor, an automount point mounted), the state the packer records in
 * the filelist: any difference would make the entry look changed at every run. Returns 0, or -1
 * with errno set. */
static int scan_lstat(int dfd, const char *name, struct scan_stat *out) {
  struct statx x;
  if (statx(dfd, name, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS | STATX_BTIME, &x) == 0) {
    *out = (struct scan_stat){x.stx_mode, x.stx_uid, x.stx_gid, x.stx_nlink, (int64_t)x.stx_size, (int64_t)x.stx_blocks,
                              ns_of(x.stx_atime.tv_sec, x.stx_atime.tv_nsec), ns_of(x.stx_mtime.tv_sec, x.stx_mtime.tv_nsec), ns_of(x.stx_ctime.tv_sec, x.stx_ctime.tv_nsec),
                              x.stx_ino, makedev(x.stx_dev_major, x.stx_dev_minor), makedev(x.stx_rdev_major, x.stx_rdev_minor),
                              ns_fits(x.stx_atime.tv_sec) && ns_fits(x.stx_mtime.tv_sec) && ns_fits(x.stx_ctime.tv_sec)};
    return 0;
  }
  /* No statx (a kernel before 4.11, a seccomp filter, a filesystem without it): libuv then
   * falls back to lstat the same way. */
  if (errno != ENOSYS && errno != EPERM && errno != EINVAL && errno != EOPNOTSUPP) return -1;
  struct stat st;
  if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0) return -1;
  *out = (struct scan_stat){st.st_mode, st.st_uid, st.st_gid, (uint32_t)st.st_nlink, st.st_size, st.st_blocks,
                            ns_of(st.st_atim.tv_sec, st.st_atim.tv_nsec), ns_of(st.st_mtim.tv_sec, st.st_mtim.tv_nsec), ns_of(st.st_ctim.tv_sec, st.st_ctim.tv_nsec),
                            st.st_ino, st.st_dev, st.st_rdev,
                            ns_fits(st.st_atim.tv_sec) && ns_fits(st.st_mtim.tv_sec) && ns_fits(st.st_ctim.tv_sec)};
  return 0;
}

/* One record of getdents64(2): the kernel's struct linux_dirent64. */
struct scan_dirent {
  uint64_t ino;
  int64_t off;
  unsigned short reclen;
  unsigned char type;
  char name[];
};

/* Bytes of directory entries read per getdents64 call: a small directory in one call. */
#define SCAN_DIRENT_BUF 32768

static void scan_free(struct scan_result *r) {
  free(r->names);
  free(r->sigs);
  free(r->stats);
  r->names = r->sigs = NULL;
  r->stats = NULL;
}

/* Reads a directory: its names (without '.' and '..') sorted bytewise, and each one's lstat as
 * a record and as a signature ("type size mtime-ns ctime-ns inode dev", size 0 unless a
 * regular file, inode and device as signed 64-bit numbers; empty when its lstat failed). The
 * directory is opened without following a final symlink, and each entry is stat'ed relative
 * to it. On failure r->err and r->syscall say why and nothing is left to free. */
static void scan_run(const char *path, struct scan_result *r) {
  memset(r, 0, sizeof *r);
  int dfd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (dfd < 0) {
    r->err = errno;
    r->syscall = "opendir";
    return;
  }
  /* getdents64 on the descriptor itself rather than fdopendir and readdir: those add an fstat
   * and two fcntl calls per directory, some 15 % of the scan's system calls in a tree of small
   * directories, for nothing the scan uses. (The union aligns the buffer for the records.) */
  struct scan_names n = {0};
  union {
    struct scan_dirent first;
    char bytes[SCAN_DIRENT_BUF];
  } buf;
  for (int done = 0; !done && !r->err;) {
    ssize_t got = getdents64(dfd, buf.bytes, sizeof buf.bytes);
    if (got < 0) {
      if (errno == EINTR) continue;
      r->err = errno;
      break;
    }
    done = got == 0;
    for (ssize_t at = 0; at < got;) {
      const struct scan_dirent *d = (const struct scan_dirent *)(buf.bytes + at);
      at += d->reclen;
      if (d->name[0] == '.' && (d->name[1] == 0 || (d->name[1] == '.' && d->name[2] == 0))) continue;
      if (!scan_add(&n, d->name)) {
        r->err = ENOMEM;
        break;
      }
    }
  }
  if (!r->err) {
    qsort_r(n.off, n.count, sizeof *n.off, by_name, n.buf);
    r->count = n.count;
    r->names = malloc(n.len + 1);
    r->sigs = malloc(n.count * SIG_MAX + 1);
    r->stats = calloc(n.count ? n.count : 1, SCAN_RECORD);
    if (!r->names || !r->sigs || !r->stats) r->err = ENOMEM;
  }
  for (size_t i = 0; !r->err && i < n.count; i++) {
    const char *name = n.buf + n.off[i];
    size_t l = strlen(name);
    if (i > 0) {
      r->names[r->names_len++] = '/';
      r->sigs[r->sigs_len++] = '/';
    }
    memcpy(r->names + r->names_len, name, l);
    r->names_len += l;
    unsigned char *rec = r->stats + i * SCAN_RECORD;
    struct scan_stat st;
    if (scan_lstat(dfd, name, &st) < 0) {
      int32_t e = errno;
      memcpy(rec, &e, 4);
      continue;
    }
    const char *type = type_name(st.mode);
    size_t type_len = strlen(type);
    char *sig = r->sigs + r->sigs_len;
    memcpy(sig, type, type_len);
    sig += type_len;
    const long long fields[5] = {S_ISREG(st.mode) ? (long long)st.size : 0LL, (long long)st.mtime, (long long)st.ctime, (long long)(int64_t)st.ino, (long long)(int64_t)st.dev};
    for (int k = 0; k < 5; k++) {
      *sig++ = ' ';
      sig = put_dec(sig, fields[k]);
    }
    r->sigs_len = (size_t)(sig - r->sigs);
    uint32_t small[4] = {st.mode, st.uid, st.gid, st.nlink};
    memcpy(rec + 4, small, sizeof small);
    put_i64(rec, 24, st.size);
    put_i64(rec, 32, st.mtime);
    put_i64(rec, 40, st.ctime);
    put_i64(rec, 48, (int64_t)st.ino);
    put_i64(rec, 56, (int64_t)st.dev);
    put_i64(rec, 64, (int64_t)st.rdev);
  }
  close(dfd);
  free(n.buf);
  free(n.off);
  if (r->err) {
    if (!r->syscall) r->syscall = "scandir";
    scan_free(r);
  }
}

#endif
