#ifndef VOUCH_WIDE_VECTORS_H
#define VOUCH_WIDE_VECTORS_H

#include <stddef.h>
#include <stdint.h>

/* Word counting with the processor's wide vector instructions, chosen when vouch runs: Swift
   cannot compile one function for AVX2 or AVX-512 and choose it at run time, C can. Each
   counts exactly what ByteScan.countWords counts in Swift. */

/* The widest set this processor has: 2 for AVX-512 (BW), 1 for AVX2, 0 for neither (or not
   x86-64), when ByteScan works in Swift. */
int vouch_wide_vectors(void);

#if defined(__x86_64__)
/* A word is a run of bytes that are not ASCII white space (space, tab, line feed, carriage
   return). */

/* The words in `bytes`, 64 bytes at a time with AVX-512BW: only when the level is 2. */
size_t vouch_count_words_avx512(const uint8_t *bytes, size_t count);

/* The words in `bytes`, 64 bytes at a time with AVX2: only when the level is 1 or 2. */
size_t vouch_count_words_avx2(const uint8_t *bytes, size_t count);

#endif

#endif
