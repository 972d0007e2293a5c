import { Injectable, type OnModuleInit, SetMetadata } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

const ORGANIZATION_SETUP = Symbol('ORGANIZATION_SETUP');

/**
 * Marks a method `(manager, organizationId) => Promise<void>` that prepares a new organisation's
 * defaults (rejection reasons, settings…). Called inside the transaction that creates the
 * organisation, so an organisation never exists half set up. Libraries above accounts take part
 * without accounts importing them.
 */
export const OrganizationSetup = () => SetMetadata(ORGANIZATION_SETUP, true);

type SetupStep = (manager: EntityManager, organizationId: string) => Promise<void>;

@Injectable()
export class OrganizationSetupSteps implements OnModuleInit {
  private steps: SetupStep[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    this.steps = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, SetupStep> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      for (const method of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance) as object)) {
        if (this.reflector.get(ORGANIZATION_SETUP, instance[method]!)) this.steps.push(instance[method]!.bind(instance));
      }
    }
  }

  async run(manager: EntityManager, organizationId: string): Promise<void> {
    for (const step of this.steps) await step(manager, organizationId);
  }
}
