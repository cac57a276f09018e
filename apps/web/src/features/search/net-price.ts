import type { NetPriceView, SubsidyHeadline } from '@toolbox/contracts';
import { netHeadline } from '@toolbox/domain';
import type { Language } from '../../lib';

/** What a card knows of an offering's price: the list headline and, for an SME, the net one. */
export interface PriceFacts {
  minMonthlyPriceCents: number;
  netMinMonthlyPriceCents?: number;
  subsidy?: SubsidyHeadline | null;
}

/** How a price is shown: the price the viewer pays, the list price when it is lower. */
export interface PriceDisplay {
  /** The monthly headline the viewer pays (net for an SME, else the list price). */
  cents: number;
  /** The list headline, shown struck through, when a subsidy lowers it; else null. */
  listCents: number | null;
  subsidy: SubsidyHeadline | null;
}

/** Anonymous visitors and other roles see the list price; an SME sees what it would pay. */
export function priceDisplay(item: PriceFacts): PriceDisplay {
  const net = item.netMinMonthlyPriceCents ?? item.minMonthlyPriceCents;
  return {
    cents: net,
    listCents: net < item.minMonthlyPriceCents ? item.minMonthlyPriceCents : null,
    subsidy: item.subsidy ?? null,
  };
}

/** The compare page's price facts for an SME from `GET /api/offerings/:id/net-price`. */
export function compareNetPrice(
  minMonthlyPriceCents: number,
  net: NetPriceView | undefined,
): { cents: number; listCents: number | null; subsidyMonthlyCents: number | null } {
  const headline = net === undefined ? null : netHeadline(net.plans);
  const cents = headline?.netMinMonthlyPriceCents ?? minMonthlyPriceCents;
  return {
    cents,
    listCents: cents < minMonthlyPriceCents ? minMonthlyPriceCents : null,
    subsidyMonthlyCents: headline?.subsidy?.subsidyCents ?? null,
  };
}

/** A subsidy tag's text: "「name」补贴 30%" / "30% subsidy: name". */
export function subsidyTagText(subsidy: SubsidyHeadline, language: Language): string {
  return language === 'en'
    ? `${subsidy.subsidyPercent}% subsidy: ${subsidy.programmeName}`
    : `「${subsidy.programmeName}」补贴 ${subsidy.subsidyPercent}%`;
}
