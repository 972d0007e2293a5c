import { ACCESS_RULE } from '@hp/auth';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';

/** Refuses to boot while any route lacks an access rule, so "default deny" never has to fire. */
@Injectable()
export class AccessRulesCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const missing: string[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as (new () => object) | undefined;
      if (!controller) continue;
      for (const method of this.scanner.getAllMethodNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, () => unknown>)[method]!;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        if (!this.reflector.getAllAndOverride(ACCESS_RULE, [handler, controller])) missing.push(`${controller.name}.${method}`);
      }
    }
    if (missing.length) {
      throw new Error(`Routes without an access rule (@Public, @Authenticated or @RequirePermission): ${missing.join(', ')}`);
    }
  }
}
