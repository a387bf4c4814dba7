/* The checksums of native/checksum.c. checksum_init() must run once before the others. */
#ifndef AFBACKUP_CHECKSUM_H
#define AFBACKUP_CHECKSUM_H
#include <stddef.h>
#include <stdint.h>

/* Kept inside the addon: not to be bound to same-named symbols of node or other addons. */
#pragma GCC visibility push(hidden)

void checksum_init(void);
/* XXH64 with seed 0. */
uint64_t xxh64(const uint8_t *p, size_t len);
/* zlib's crc32(crc, p, len). */
uint32_t crc32_update(uint32_t crc, const uint8_t *p, size_t len);
/* CRC-64/XZ (ECMA-182 polynomial, reflected, initial and final value all ones), as xz. */
uint64_t crc64(const uint8_t *p, size_t len);
/* The payload checksum of cartridge format `version` (drivers/vtape/FORMAT.md). */
uint64_t payload_checksum(int version, const uint8_t *p, size_t len);
#pragma GCC visibility pop
#endif
