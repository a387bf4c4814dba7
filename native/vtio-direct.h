/* Direct I/O for the writing thread of a cartridge file (vtio-write.h): whole pages of a job go to
 * the disk with O_DIRECT from an aligned buffer, its last partial page through the page cache.
 * vtio-write.h includes it; binding.gyp builds vtio.c, which includes that one. */
#ifndef VTIO_DIRECT_H
#define VTIO_DIRECT_H

#include <sys/stat.h>

/*
 * Why: a streaming drive writes hundreds of megabytes that nobody reads back soon. Through the
 * page cache, every page costs the kernel an allocation, a copy, delayed-allocation bookkeeping,
 * a writeback and a release (the POSIX_FADV_DONTNEED of drop_written); 524 MB of 256 KiB records
 * took 0.19-0.23 s of system time on the writing thread, and more in the kernel's flusher. With
 * O_DIRECT the data goes from one reused aligned buffer to the disk: 0.03-0.05 s (the copy into
 * that buffer included) for the same records, at the disk's pace, which the writes of
 * vtio-write.h keep anyway (sync_file_range).
 *
 * What stays as it was: the file's bytes, written strictly in order, whole jobs one after the
 * other (a write that fails leaves a prefix of the job, which the caller cuts off); and a job's
 * bytes are in the file once it resolves, so the death of the process loses nothing written.
 * That is why the job's last partial page is written through the page cache: direct writes come
 * in whole pages. The next job starts with that page: it reads it back (from the page cache) and
 * writes it whole, with its own bytes after it (the kernel writes the cached copy back and drops
 * it before the direct write, so no stale copy stays cached). The disk gets the file's pages in
 * file order, as it did from sync_file_range; what a crash keeps of what was not yet fsynced is
 * up to the disk, as before. Durability is unchanged: filemarks and unload fsync the file.
 *
 * Direct I/O is used only where the file system says how (statx STATX_DIOALIGN) and both of its
 * alignments fit a page: the caller checks that once, when it opens the direct descriptor
 * (directGranule), not every job; a write the file system refuses all the same still goes through
 * the page cache (write_pages). Small jobs (labels, filemarks) go through the page cache as before.
 */

/* Bytes of a job gathered per direct write; the buffer holds one page more for the job's start. */
#define DIRECT_WINDOW ((size_t)4 << 20)
/* Jobs smaller than this are not worth the page read back and the extra system calls. */
#define DIRECT_MIN_JOB ((size_t)64 << 10)
#define DIRECT_PAGE ((size_t)4096)

/* The granularity direct writes to `dfd` need, if DIRECT_PAGE satisfies it; 0 when direct I/O is not possible there. */
static size_t direct_granule(int dfd) {
#ifdef STATX_DIOALIGN
  struct statx sx;
  if (dfd < 0 || statx(dfd, "", AT_EMPTY_PATH, STATX_DIOALIGN, &sx) != 0) return 0;
  if (!(sx.stx_mask & STATX_DIOALIGN) || sx.stx_dio_mem_align == 0 || sx.stx_dio_offset_align == 0) return 0;
  if (sx.stx_dio_mem_align > DIRECT_PAGE || sx.stx_dio_offset_align > DIRECT_PAGE) return 0;
  if (DIRECT_PAGE % sx.stx_dio_offset_align != 0 || DIRECT_PAGE % sx.stx_dio_mem_align != 0) return 0;
  return DIRECT_PAGE;
#else
  (void)dfd;
  return 0;
#endif
}

/* pwrite of all `n` bytes (retrying short writes and EINTR); 0, or the errno. */
static int write_all(int fd, const uint8_t *b, size_t n, int64_t at) {
  while (n > 0) {
    ssize_t w = pwrite(fd, b, n, (off_t)at);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return w < 0 ? errno : EIO;
    b += w;
    n -= (size_t)w;
    at += w;
  }
  return 0;
}

/*
 * Writes whole pages `b` (n bytes) at `at` through the direct descriptor; 0, or the errno. What a
 * direct write leaves unwritten after a short write (a full disk, a file size limit) is written
 * through the page cache, where a misaligned rest would only get EINVAL and hide the real error;
 * so is a window the file system refuses to write directly (EINVAL) although statx allowed it.
 */
static int write_pages(const WriteJob *j, const uint8_t *b, size_t n, int64_t at) {
  while (n > 0) {
    ssize_t w = pwrite(j->dfd, b, n, (off_t)at);
    if (w < 0 && errno == EINTR) continue;
    if (w < 0 && errno != EINVAL) return errno;
    size_t done = w > 0 ? (size_t)w : 0;
    b += done;
    n -= done;
    at += (int64_t)done;
    if (done == 0 || done % DIRECT_PAGE != 0) return write_all(j->fd, b, n, at);
  }
  return 0;
}

/*
 * Writes job `j` (`total` bytes) through `dfd` (the same file opened with O_DIRECT), gathering it into `buf`
 * (DIRECT_WINDOW + DIRECT_PAGE bytes, page-aligned) window by window. On failure j->err is set and
 * j->written counts the job's bytes known to be in the file.
 */
static void write_direct(WriteJob *j, uint8_t *buf, size_t total) {
  int64_t start = j->position & ~(int64_t)(DIRECT_PAGE - 1);
  size_t fill = (size_t)(j->position - start);
  /* the page the job starts in: what the file holds of it before the job (zeros past its end, as
   * a write past the end leaves them) */
  if (fill > 0) {
    ssize_t r;
    do r = pread(j->fd, buf, fill, (off_t)start);
    while (r < 0 && errno == EINTR);
    if (r < 0) {
      j->err = errno;
      return;
    }
    memset(buf + r, 0, fill - (size_t)r);
  }
  uint32_t i = 0;
  size_t off = 0;
  for (;;) {
    while (fill < DIRECT_WINDOW + DIRECT_PAGE && i < j->count) {
      size_t take = j->iov[i].iov_len - off;
      if (take > DIRECT_WINDOW + DIRECT_PAGE - fill) take = DIRECT_WINDOW + DIRECT_PAGE - fill;
      memcpy(buf + fill, (const uint8_t *)j->iov[i].iov_base + off, take);
      fill += take;
      off += take;
      if (off == j->iov[i].iov_len) {
        i++;
        off = 0;
      }
    }
    /* a full window is whole pages; the job's last one ends with a partial page, if any */
    int last = i == j->count;
    size_t whole = last ? fill & ~(DIRECT_PAGE - 1) : fill;
    if (whole > 0) {
      int e = write_pages(j, buf, whole, start);
      if (e) {
        j->err = e;
        return;
      }
      start += (int64_t)whole;
      if (start > j->position) j->written = (size_t)(start - j->position);
    }
    if (!last) {
      fill = 0;
      continue;
    }
    if (fill > whole) {
      int e = write_all(j->fd, buf + whole, fill - whole, start);
      if (e) {
        j->err = e;
        return;
      }
    }
    j->written = total;
    return;
  }
}

/* The bytes job `j` writes when it goes to the disk directly (a direct descriptor and a job worth it), else 0. */
static size_t direct_bytes(const WriteJob *j) {
  if (j->dfd < 0) return 0;
  size_t total = 0;
  for (uint32_t k = 0; k < j->count; k++) total += j->iov[k].iov_len;
  return total >= DIRECT_MIN_JOB ? total : 0;
}

/* directGranule(fd): the page size direct writes to `fd` are made in, or 0 where they are not possible */
static napi_value js_direct_granule(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], out;
  int32_t fd;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 1 || napi_get_value_int32(env, argv[0], &fd) != napi_ok) return throw_type(env, "directGranule(fd): fd must be a number");
  napi_create_uint32(env, (uint32_t)direct_granule(fd), &out);
  return out;
}

#endif
