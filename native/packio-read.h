/* The packer's file reads (native/packio.c), apart from their N-API bindings: the one-file read
 * (read_one) that readSmall makes, and the batch of them (read_files) that encodeBatch makes
 * before it encodes the batch (batch-encode.h). Kept in its own file only to keep packio.c short;
 * packio.c includes it. */
#ifndef PACKIO_READ_H
#define PACKIO_READ_H
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PATH_BUF 4096

enum { UNCHANGED = 0, MODIFIED = 1, GREW = 2, SHRANK = 3, FALLBACK = -1 };
/* expect[]: what the walk saw. */
enum { EX_INO, EX_DEV, EX_SIZE, EX_MTIME_NS, EX_ATIME_NS, EX_LEN };
/* out[]: bytes read, the size fstat gives after reading, errno of a failed atime restore. */
enum { OUT_GOT, OUT_SIZE, OUT_ATIME_ERRNO, OUT_LEN };
#define KEEP_ATIME 1

/* The identity fields of a file in a batch's stats (afclient/codec/file-reads.ts FileReads). */
enum { ST_INO, ST_DEV, ST_SIZE, ST_BLOCKS, ST_MTIME_NS, ST_ATIME_NS, ST_FIELDS };

/* Reads at most expect[EX_SIZE] bytes of `name` (relative to `dfd`, or a path with AT_FDCWD)
 * into dst, as readSmall describes; fills out[OUT_LEN] and returns the outcome. */
static int read_one(int dfd, const char *name, uint8_t *dst, const int64_t *expect, int32_t flags, double *out) {
  int64_t size = expect[EX_SIZE];
  out[OUT_GOT] = 0;
  out[OUT_SIZE] = 0;
  out[OUT_ATIME_ERRNO] = 0;
  /* O_NONBLOCK: if a FIFO was put in the file's place, open must not wait for a writer. */
  int base = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC;
  int writeBackAtime = 0;
  int fd = openat(dfd, name, base | ((flags & KEEP_ATIME) ? O_NOATIME : 0));
  if (fd < 0 && (flags & KEEP_ATIME) && errno == EPERM) {
    fd = openat(dfd, name, base); /* O_NOATIME is for the owner and root only */
    writeBackAtime = 1;
  }
  if (fd < 0) return FALLBACK;

  int status = FALLBACK;
  int64_t got = 0;
  int shrank = 0;
  while (got < size) {
    ssize_t n = read(fd, dst + got, (size_t)(size - got));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) goto done;
    if (n == 0) {
      shrank = 1; /* the rest up to the walk-time size stays a hole: zeros on restore */
      break;
    }
    got += n;
  }
  struct stat now;
  if (fstat(fd, &now) < 0 || !S_ISREG(now.st_mode) || (int64_t)now.st_ino != expect[EX_INO] || (int64_t)now.st_dev != expect[EX_DEV]) goto done;
  int64_t mtimeNs = (int64_t)now.st_mtim.tv_sec * 1000000000 + now.st_mtim.tv_nsec;
  if (shrank || now.st_size < size) status = SHRANK;
  else if (now.st_size != size) status = GREW;
  else if (mtimeNs != expect[EX_MTIME_NS]) status = MODIFIED;
  else status = UNCHANGED;
  out[OUT_GOT] = (double)got;
  out[OUT_SIZE] = (double)now.st_size;

done:
  if (writeBackAtime) {
    int64_t a = expect[EX_ATIME_NS];
    int64_t sec = a / 1000000000, nsec = a % 1000000000;
    if (nsec < 0) {
      nsec += 1000000000;
      sec -= 1;
    }
    struct timespec ts[2] = {{.tv_sec = sec, .tv_nsec = nsec}, {.tv_sec = 0, .tv_nsec = UTIME_OMIT}};
    if (futimens(fd, ts) < 0 && status != FALLBACK) out[OUT_ATIME_ERRNO] = errno;
  }
  close(fd);
  return status;
}

/* read_one for each of n files: file i's path is paths[ends[i-1] .. ends[i]), its walk-time
 * identity stats[ST_FIELDS * i ..], its room dst[ats[i] ..]; its outcome goes to status[i] and
 * out[OUT_LEN * i ..]. The caller has checked that every path lies in `paths` and every room in
 * dst. A batch's files mostly share a few folders: each file is opened relative to its folder,
 * which is opened once for a run of files in it (a path lookup of the folder's name per file
 * less). What is read is checked against the walk's identity as read_one checks it, so a folder
 * replaced meanwhile gives FALLBACK, and the file is read again by its path. */
static void read_files(const uint8_t *paths, const double *ends, const int64_t *stats, const uint8_t *keep, size_t n, uint8_t *dst, const double *ats,
                       int32_t *status, double *out) {
  char path[PATH_BUF], folder[PATH_BUF];
  size_t folderLen = 0;
  int dfd = -1;
  for (size_t i = 0; i < n; i++) {
    size_t from = i == 0 ? 0 : (size_t)ends[i - 1], len = (size_t)ends[i] - from;
    const int64_t *s = stats + i * ST_FIELDS;
    int64_t expect[EX_LEN] = {s[ST_INO], s[ST_DEV], s[ST_SIZE], s[ST_MTIME_NS], s[ST_ATIME_NS]};
    double *o = out + i * OUT_LEN;
    if (len + 1 > sizeof path || memchr(paths + from, 0, len)) {
      o[OUT_GOT] = o[OUT_SIZE] = o[OUT_ATIME_ERRNO] = 0;
      status[i] = FALLBACK;
      continue;
    }
    memcpy(path, paths + from, len);
    path[len] = 0;
    /* the folder part: up to the last slash (the root's slash kept), the name after it */
    char *slash = strrchr(path, '/');
    size_t cut = slash == NULL ? 0 : slash == path ? 1 : (size_t)(slash - path);
    if (slash != NULL && slash[1] != 0 && (dfd < 0 || cut != folderLen || memcmp(folder, path, cut) != 0)) {
      if (dfd >= 0) close(dfd);
      memcpy(folder, path, cut);
      folder[cut] = 0;
      folderLen = cut;
      dfd = open(folder, O_PATH | O_DIRECTORY | O_CLOEXEC);
      if (dfd < 0) folderLen = 0;
    }
    int relative = slash != NULL && slash[1] != 0 && dfd >= 0;
    status[i] = read_one(relative ? dfd : AT_FDCWD, relative ? slash + 1 : path, dst + (size_t)ats[i], expect, keep[i] ? KEEP_ATIME : 0, o);
  }
  if (dfd >= 0) close(dfd);
}

#endif
