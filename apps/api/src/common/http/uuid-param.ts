import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

/** A route id that must be a UUID: anything else is a 400 naming the parameter. */
export const UuidParam = (name = 'id'): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new BadRequestException(`${name} must be a UUID`),
    }),
  );
