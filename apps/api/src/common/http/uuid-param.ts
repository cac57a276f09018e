import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

/** A route id that must be a UUID: anything else is a 400 naming the parameter. */
export const UuidParam = (name = 'id'): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => {
        const message = `${name} must be a UUID`;
        return new BadRequestException({
          statusCode: 400,
          error: 'Bad Request',
          message,
          errors: [{ field: name, code: 'isUuid', message }],
        });
      },
    }),
  );
