#include "WideVectors.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>

int vouch_wide_vectors(void) {
    __builtin_cpu_init();
    if (!__builtin_cpu_supports("avx2") || !__builtin_cpu_supports("popcnt")) return 0;
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("bmi2")
        ? 2 : 1;
}

/* Words starting in a block: a byte that is not white space after one that is. Bit i of
   `white` is byte i; `before` is 1 when the byte before the block is white space. */
static inline size_t starts(uint64_t white, uint64_t before, uint64_t valid) {
    return (size_t)__builtin_popcountll(~white & (white << 1 | before) & valid);
}

__attribute__((target("avx512f,avx512bw,bmi2,popcnt")))
size_t vouch_count_words_avx512(const uint8_t *bytes, size_t count) {
    const __m512i space = _mm512_set1_epi8(' '), tab = _mm512_set1_epi8('\t');
    const __m512i lineFeed = _mm512_set1_epi8('\n'), carriageReturn = _mm512_set1_epi8('\r');
    size_t words = 0;
    uint64_t before = 1;
    for (size_t index = 0; index < count; index += 64) {
        /* The last block is loaded under a mask: nothing is read past the end. */
        uint64_t valid = count - index >= 64 ? ~(uint64_t)0 : _bzhi_u64(~(uint64_t)0, (unsigned)(count - index));
        __m512i block = _mm512_maskz_loadu_epi8(valid, bytes + index);
        uint64_t white = _mm512_cmpeq_epi8_mask(block, space) | _mm512_cmpeq_epi8_mask(block, tab)
            | _mm512_cmpeq_epi8_mask(block, lineFeed) | _mm512_cmpeq_epi8_mask(block, carriageReturn);
        words += starts(white, before, valid);
        before = white >> 63;
    }
    return words;
}

/* Bit i set when byte i of the 32 at `bytes` is white space. */
__attribute__((target("avx2")))
static inline uint64_t white32(const uint8_t *bytes) {
    __m256i block = _mm256_loadu_si256((const __m256i *)bytes);
    __m256i white = _mm256_or_si256(
        _mm256_or_si256(_mm256_cmpeq_epi8(block, _mm256_set1_epi8(' ')), _mm256_cmpeq_epi8(block, _mm256_set1_epi8('\t'))),
        _mm256_or_si256(
            _mm256_cmpeq_epi8(block, _mm256_set1_epi8('\n')), _mm256_cmpeq_epi8(block, _mm256_set1_epi8('\r'))));
    return (uint32_t)_mm256_movemask_epi8(white);
}

__attribute__((target("avx2,popcnt")))
size_t vouch_count_words_avx2(const uint8_t *bytes, size_t count) {
    size_t words = 0;
    uint64_t before = 1;
    size_t index = 0;
    for (; index + 64 <= count; index += 64) {
        uint64_t white = white32(bytes + index) | white32(bytes + index + 32) << 32;
        words += starts(white, before, ~(uint64_t)0);
        before = white >> 63;
    }
    /* The rest a byte at a time. */
    int afterSpace = (int)before;
    for (; index < count; index++) {
        uint8_t byte = bytes[index];
        int white = byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r';
        if (afterSpace && !white) words++;
        afterSpace = white;
    }
    return words;
}

#else

int vouch_wide_vectors(void) { return 0; }

#endif
