// The emulator's runtime settings: defaults, and the one validator used by startEmulator(),
// configure() and PATCH /__emulator/config, so a bad value is refused the same way everywhere
// (with every problem named) instead of surfacing later as a strange response.

import { ENDPOINT_IDS, type EndpointId } from "../api/endpoints.js";
import { EmulatorConfigError } from "./errors.js";
import { describeValue, isRecord } from "./state-format.js";
import type { EmulatorSettings, FaultConfig, FaultSpec, RateLimitConfig } from "./types.js";

export const DEFAULT_SETTINGS: Readonly<EmulatorSettings> = {
  shape: "current",
  legacyLimitField: "hardLimitOverrideDollars",
  rateLimits: {},
  retryAfterHeader: false,
  faults: {},
  // The real maximum is undocumented; 500 keeps a 1000-member team at two pages or more.
  maxSpendPageSize: 500,
  outcomeErrorStatus: 400,
  upsertResponse: "upserted",
  // The help page says "most specific wins", the 7 Sep 2026 release note implies "highest
  // applicable"; the project plans with the latter, so the emulator defaults to it.
  effectiveLimitRule: "highest-applicable",
  // The older body stays the default so existing clients and tests see what they always saw.
  tooManyRequests: "older",
  scimRefusalStatus: 403,
  duplicateGroupNameStatus: 409,
};

const SETTING_NAMES = Object.keys(DEFAULT_SETTINGS);
const FAULT_RATES = ["errorRate", "dropRate", "malformedRate", "hangRate"] as const;
const FAULT_FIELDS = ["latencyMs", ...FAULT_RATES, "burst429"] as const;

function isEndpointId(value: string): value is EndpointId {
  return ENDPOINT_IDS.some((id) => id === value);
}

function readRateLimits(value: unknown, problems: string[]): RateLimitConfig | undefined {
  if (value === "off") return "off";
  if (!isRecord(value)) {
    problems.push(
      `rateLimits: expected "off" or an object of endpoint -> per-minute limit, got ${describeValue(value)}`,
    );
    return undefined;
  }
  const limits: Partial<Record<EndpointId, number | null>> = {};
  for (const [key, limit] of Object.entries(value)) {
    if (!isEndpointId(key)) {
      problems.push(
        `rateLimits.${key}: unknown endpoint (expected one of ${ENDPOINT_IDS.join(", ")})`,
      );
    } else if (limit === null || (Number.isSafeInteger(limit) && Number(limit) >= 0)) {
      limits[key] = limit === null ? null : Number(limit);
    } else {
      problems.push(
        `rateLimits.${key}: expected a whole number >= 0 per minute, or null for unlimited, got ${describeValue(limit)}`,
      );
    }
  }
  return limits;
}

function readFaultSpec(path: string, value: unknown, problems: string[]): FaultSpec {
  const spec: FaultSpec = {};
  if (!isRecord(value)) {
    problems.push(`${path}: expected an object, got ${describeValue(value)}`);
    return spec;
  }
  for (const [field, raw] of Object.entries(value)) {
    const name = FAULT_FIELDS.find((f) => f === field);
    if (name === undefined) {
      problems.push(`${path}.${field}: unknown fault (expected one of ${FAULT_FIELDS.join(", ")})`);
      continue;
    }
    const n = typeof raw === "number" && Number.isFinite(raw) ? raw : Number.NaN;
    if (name === "latencyMs" || name === "burst429") {
      if (Number.isSafeInteger(n) && n >= 0) spec[name] = n;
      else
        problems.push(`${path}.${name}: expected a whole number >= 0, got ${describeValue(raw)}`);
    } else if (n >= 0 && n <= 1) {
      spec[name] = n;
    } else {
      problems.push(`${path}.${name}: expected a share between 0 and 1, got ${describeValue(raw)}`);
    }
  }
  const total = FAULT_RATES.reduce((sum, rate) => sum + (spec[rate] ?? 0), 0);
  if (total > 1 + 1e-9) {
    problems.push(
      `${path}: ${FAULT_RATES.join(" + ")} add up to ${Math.round(total * 1000) / 1000}, more than 1`,
    );
  }
  return spec;
}

function readFaults(value: unknown, problems: string[]): FaultConfig | undefined {
  if (!isRecord(value)) {
    problems.push(
      `faults: expected an object of endpoint (or "*") -> faults, got ${describeValue(value)}`,
    );
    return undefined;
  }
  const faults: FaultConfig = {};
  for (const [key, spec] of Object.entries(value)) {
    if (key === "*" || isEndpointId(key)) {
      faults[key] = readFaultSpec(`faults.${key}`, spec, problems);
    } else {
      problems.push(
        `faults.${key}: unknown endpoint (expected "*" or one of ${ENDPOINT_IDS.join(", ")})`,
      );
    }
  }
  return faults;
}

function oneOf<T>(
  name: string,
  value: unknown,
  allowed: readonly T[],
  problems: string[],
): T | undefined {
  const match = allowed.find((option) => option === value);
  if (match === undefined) {
    problems.push(
      `${name}: expected one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${describeValue(value)}`,
    );
  }
  return match;
}

/**
 * Checks a settings patch (an options object, a configure() argument, a PATCH body) and returns
 * a clean copy holding only the settings it names. Throws EmulatorConfigError naming every
 * bad field. Fields that are undefined are treated as not given.
 */
export function parseSettingsPatch(value: unknown, source: string): Partial<EmulatorSettings> {
  if (!isRecord(value)) {
    throw new EmulatorConfigError(`${source}: expected an object, got ${describeValue(value)}`);
  }
  const problems: string[] = [];
  const patch: Partial<EmulatorSettings> = {};
  for (const [name, raw] of Object.entries(value)) {
    if (raw === undefined) continue;
    switch (name) {
      case "shape":
        patch.shape = oneOf(name, raw, ["current", "legacy"] as const, problems);
        break;
      case "legacyLimitField":
        patch.legacyLimitField = oneOf(
          name,
          raw,
          ["hardLimitOverrideDollars", "hardLimitOverrideUSDR"] as const,
          problems,
        );
        break;
      case "rateLimits":
        patch.rateLimits = readRateLimits(raw, problems);
        break;
      case "retryAfterHeader":
        patch.retryAfterHeader = oneOf(name, raw, [true, false], problems);
        break;
      case "faults":
        patch.faults = readFaults(raw, problems);
        break;
      case "maxSpendPageSize":
        if (Number.isSafeInteger(raw) && Number(raw) >= 1) patch.maxSpendPageSize = Number(raw);
        else
          problems.push(
            `maxSpendPageSize: expected a whole number >= 1, got ${describeValue(raw)}`,
          );
        break;
      case "outcomeErrorStatus":
        patch.outcomeErrorStatus = oneOf(name, raw, [200, 400] as const, problems);
        break;
      case "upsertResponse":
        patch.upsertResponse = oneOf(name, raw, ["upserted", "all"] as const, problems);
        break;
      case "effectiveLimitRule":
        patch.effectiveLimitRule = oneOf(
          name,
          raw,
          ["highest-applicable", "most-specific"] as const,
          problems,
        );
        break;
      case "tooManyRequests":
        patch.tooManyRequests = oneOf(name, raw, ["older", "2026"] as const, problems);
        break;
      case "scimRefusalStatus":
        patch.scimRefusalStatus = oneOf(name, raw, [400, 403] as const, problems);
        break;
      case "duplicateGroupNameStatus":
        patch.duplicateGroupNameStatus = oneOf(name, raw, [400, 409] as const, problems);
        break;
      default:
        problems.push(`${name}: unknown setting (expected one of ${SETTING_NAMES.join(", ")})`);
    }
  }
  if (problems.length > 0) {
    throw new EmulatorConfigError(`${source}:\n  - ${problems.join("\n  - ")}`, {
      hint: "see docs/emulator.md (Settings)",
    });
  }
  return patch;
}
