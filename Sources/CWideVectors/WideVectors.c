#include "WideVectors.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>

int vouch_wide_vectors(void) {
    __builtin_cpu_init();
    int avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("popcnt");
    if (avx2 && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("bmi2"))
        return 2;
    if (avx2) return 1;
    return 0;
}

/* Words starting in a block: a byte that is not white space after one that is. Bit i of
   `space` is byte i; `before` is 1 when the byte before the block is white space. */
static inline size_t starts(uint64_t space, uint64_t before, uint64_t valid) {
    return (size_t)__builtin_popcountll(~space & (space << 1 | before) & valid);
}

__attribute__((target("avx512f,avx512bw,bmi2,popcnt")))
size_t vouch_count_words_avx512(const uint8_t *bytes, size_t count) {
    const __m512i space = _mm512_set1_epi8(' '), tab = _mm512_set1_epi8('\t');
    const __m512i lineFeed = _mm512_set1_epi8('\n'), carriageReturn = _mm512_set1_epi8('\r');
    size_t words = 0;
    uint64_t before = 1;
    size_t index = 0;
    for (;;) {
        /* The last block is loaded under a mask: nothing is read past the end. */
        uint64_t valid = count - index >= 64 ? ~(uint64_t)0 : _bzhi_u64(~(uint64_t)0, (unsigned)(count - index));
        if (valid == 0) break;
        __m512i block = _mm512_maskz_loadu_epi8(valid, bytes + index);
        uint64_t white = _mm512_cmpeq_epi8_mask(block, space) | _mm512_cmpeq_epi8_mask(block, tab)
            | _mm512_cmpeq_epi8_mask(block, lineFeed) | _mm512_cmpeq_epi8_mask(block, carriageReturn);
        words += starts(white, before, valid);
        before = white >> 63;
        index += 64;
        if (index >= count) break;
    }
    return words;
}

__attribute__((target("avx2,popcnt")))
size_t vouch_count_words_avx2(const uint8_t *bytes, size_t count) {
    const __m256i space = _mm256_set1_epi8(' '), tab = _mm256_set1_epi8('\t');
    const __m256i lineFeed = _mm256_set1_epi8('\n'), carriageReturn = _mm256_set1_epi8('\r');
    size_t words = 0;
    uint64_t before = 1;
    size_t index = 0;
    for (; index + 64 <= count; index += 64) {
        __m256i low = _mm256_loadu_si256((const __m256i *)(bytes + index));
        __m256i high = _mm256_loadu_si256((const __m256i *)(bytes + index + 32));
        __m256i lowWhite = _mm256_or_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(low, space), _mm256_cmpeq_epi8(low, tab)),
            _mm256_or_si256(_mm256_cmpeq_epi8(low, lineFeed), _mm256_cmpeq_epi8(low, carriageReturn)));
        __m256i highWhite = _mm256_or_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(high, space), _mm256_cmpeq_epi8(high, tab)),
            _mm256_or_si256(_mm256_cmpeq_epi8(high, lineFeed), _mm256_cmpeq_epi8(high, carriageReturn)));
        uint64_t white = (uint64_t)(uint32_t)_mm256_movemask_epi8(lowWhite)
            | (uint64_t)(uint32_t)_mm256_movemask_epi8(highWhite) << 32;
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
