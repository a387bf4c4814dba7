/* fsx.copyBytes: memmove between two byte arrays at any offsets, as the archive writer appends
 * content to a batch (protocol/archive/batch.ts): one call, no subarray made for the range. (It
 * was made for batch buffers in shared memory, which V8 copies a byte at a time where an offset
 * is not word-aligned; the batches are plain ArrayBuffers since their encoding became native.)
 * Kept in its own file only to keep fsx.c short; fsx.c includes it. */
#ifndef FSX_COPY_H
#define FSX_COPY_H

/* A Uint8Array (or Buffer) argument: its bytes and length. */
static int get_bytes(napi_env env, napi_value v, uint8_t **data, size_t *len) {
  bool is = false;
  napi_typedarray_type type;
  void *p;
  if (napi_is_typedarray(env, v, &is) != napi_ok || !is || napi_get_typedarray_info(env, v, &type, len, &p, NULL, NULL) != napi_ok ||
      type != napi_uint8_array)
    return 0;
  *data = p;
  return 1;
}

/* copyBytes(dst, dstOffset, src, srcOffset, length): src[srcOffset, +length) to dst[dstOffset..]
 * (the two may overlap, in the same memory or not). */
static napi_value fsx_copy_bytes(napi_env env, napi_callback_info info) {
  napi_value argv[5];
  uint8_t *dst, *src;
  size_t dlen, slen;
  int64_t doff, soff, n;
  if (!get_args(env, info, 5, argv) || !get_bytes(env, argv[0], &dst, &dlen) || !get_bytes(env, argv[2], &src, &slen) ||
      napi_get_value_int64(env, argv[1], &doff) != napi_ok || napi_get_value_int64(env, argv[3], &soff) != napi_ok ||
      napi_get_value_int64(env, argv[4], &n) != napi_ok)
    return throw_type(env, "expected (dst: Uint8Array, dstOffset, src: Uint8Array, srcOffset, length)");
  if (doff < 0 || soff < 0 || n < 0 || (uint64_t)doff + (uint64_t)n > dlen || (uint64_t)soff + (uint64_t)n > slen) {
    napi_throw_range_error(env, NULL, "copyBytes: range outside the arrays");
    return NULL;
  }
  memmove(dst + doff, src + soff, (size_t)n);
  return NULL;
}

#endif
