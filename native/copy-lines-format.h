/* The line writer of native/copy-lines.c: a buffer appended to a file descriptor, and the
 * pieces of a filelist line as the exports of a stored run write them: decimal numbers, names
 * C-escaped as afclient/names.ts cEscape does, base64 as Buffer's. Kept in its own file only to
 * keep copy-lines.c short; copy-lines.c includes it. */
#ifndef COPY_LINES_FORMAT_H
#define COPY_LINES_FORMAT_H

/* Bytes written out once a line leaves more than this in the buffer. */
#define OUT_FLUSH (1u << 18)

typedef struct {
  char *data;
  size_t fill, cap;
  int fd;
} out_t;

static int out_flush(out_t *o) {
  size_t at = 0;
  while (at < o->fill) {
    ssize_t n = write(o->fd, o->data + at, o->fill - at);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    at += (size_t)n;
  }
  o->fill = 0;
  return 0;
}

/* Room for `need` more bytes: written out past OUT_FLUSH, grown for a line longer than that. */
static int out_room(out_t *o, uint64_t need) {
  if (need > SIZE_MAX / 2) return EOVERFLOW;
  if (o->fill + need <= o->cap && o->fill < OUT_FLUSH) return 0;
  int err = out_flush(o);
  if (err) return err;
  if (need > o->cap) {
    char *grown = realloc(o->data, need);
    if (!grown) return ENOMEM;
    o->data = grown;
    o->cap = need;
  }
  return 0;
}

static void put(out_t *o, const char *s, size_t n) {
  memcpy(o->data + o->fill, s, n);
  o->fill += n;
}

static void put_str(out_t *o, const char *s) { put(o, s, strlen(s)); }

static void put_u64(out_t *o, uint64_t v) {
  char digits[20];
  int n = 0;
  do {
    digits[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  while (n) o->data[o->fill++] = digits[--n];
}

static void put_i64(out_t *o, int64_t v) {
  if (v < 0) {
    o->data[o->fill++] = '-';
    put_u64(o, (uint64_t)0 - (uint64_t)v);
  } else {
    put_u64(o, (uint64_t)v);
  }
}

/* Valid UTF-8 as Node decodes it (no overlong forms, surrogates or code points past U+10FFFF):
 * names.ts cEscape keeps such a name's bytes and escapes only control bytes and backslashes. */
static int utf8_valid(const uint8_t *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint8_t c = s[i];
    size_t more;
    uint8_t lo = 0x80, hi = 0xbf;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      more = 1;
    } else if (c >= 0xe0 && c <= 0xef) {
      more = 2;
      if (c == 0xe0) lo = 0xa0;
      if (c == 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      more = 3;
      if (c == 0xf0) lo = 0x90;
      if (c == 0xf4) hi = 0x8f;
    } else {
      return 0;
    }
    if (n - i - 1 < more) return 0;
    if (s[i + 1] < lo || s[i + 1] > hi) return 0;
    for (size_t k = 2; k <= more; k++)
      if (s[i + k] < 0x80 || s[i + k] > 0xbf) return 0;
    i += more + 1;
  }
  return 1;
}

/* names.ts escapeByte. */
static void put_escaped_byte(out_t *o, uint8_t b) {
  switch (b) {
  case '\\': put(o, "\\\\", 2); return;
  case '\n': put(o, "\\n", 2); return;
  case '\t': put(o, "\\t", 2); return;
  case '\r': put(o, "\\r", 2); return;
  default: {
    char e[4] = {'\\', (char)('0' + (b >> 6)), (char)('0' + ((b >> 3) & 7)), (char)('0' + (b & 7))};
    put(o, e, 4);
  }
  }
}

/* names.ts cEscape: a UTF-8 name keeps its bytes but control bytes and backslashes; any other
 * name is printable ASCII but the backslash, the rest escaped. At most 4 bytes per byte. */
static void put_name(out_t *o, const uint8_t *s, size_t n) {
  int utf8 = utf8_valid(s, n);
  for (size_t i = 0; i < n; i++) {
    uint8_t b = s[i];
    int plain = b != '\\' && b >= 0x20 && b != 0x7f && (utf8 || b < 0x7f);
    if (plain) o->data[o->fill++] = (char)b;
    else put_escaped_byte(o, b);
  }
}

static void put_base64(out_t *o, const uint8_t *s, size_t n) {
  static const char A[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  size_t i = 0;
  char *d = o->data + o->fill;
  for (; i + 3 <= n; i += 3) {
    uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8 | s[i + 2];
    *d++ = A[v >> 18];
    *d++ = A[(v >> 12) & 63];
    *d++ = A[(v >> 6) & 63];
    *d++ = A[v & 63];
  }
  if (n - i == 1) {
    uint32_t v = (uint32_t)s[i] << 16;
    *d++ = A[v >> 18];
    *d++ = A[(v >> 12) & 63];
    *d++ = '=';
    *d++ = '=';
  } else if (n - i == 2) {
    uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8;
    *d++ = A[v >> 18];
    *d++ = A[(v >> 12) & 63];
    *d++ = A[(v >> 6) & 63];
    *d++ = '=';
  }
  o->fill = (size_t)(d - o->data);
}

#endif
