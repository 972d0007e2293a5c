import { Authenticated, Client, type ClientInfo, Ctx, Public, RequestContext } from '@hp/auth';
import { ApiResult, ValidBody } from '@hp/common';
import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { AuthService } from './auth.service.js';
import {
  acceptInvitationSchema,
  loginSchema,
  meSchema,
  passwordResetConfirmSchema,
  passwordResetSchema,
  refreshSchema,
  sessionTokensSchema,
  signupSchema,
} from './dto/accounts.schemas.js';
import { PresentedRefreshToken, SessionCookie } from './session-cookie.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('signup')
  @Public()
  @ApiOperation({ summary: 'Create an organisation and its first admin, and sign in.' })
  @SessionCookie('issue')
  @ApiResult(201, sessionTokensSchema)
  signup(@ValidBody(signupSchema) body: z.infer<typeof signupSchema>, @Client() client: ClientInfo) {
    return this.auth.signup(body, client);
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password. Wrong email and wrong password get the same 401.' })
  @SessionCookie('issue')
  @ApiResult(200, sessionTokensSchema)
  login(@ValidBody(loginSchema) body: z.infer<typeof loginSchema>, @Client() client: ClientInfo) {
    return this.auth.login(body, client);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Exchange a refresh token (body, or the session cookie) for a new pair; the old one is spent. Reusing a spent token ends the session.',
  })
  @SessionCookie('issue')
  @ApiResult(200, sessionTokensSchema)
  refresh(@ValidBody(refreshSchema) _body: unknown, @PresentedRefreshToken() refreshToken: string, @Client() client: ClientInfo) {
    return this.auth.refresh(refreshToken, client);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session the refresh token belongs to.' })
  @SessionCookie('clear')
  @ApiResult(204, null, 'Signed out')
  logout(@ValidBody(refreshSchema) _body: unknown, @PresentedRefreshToken() refreshToken: string) {
    return this.auth.logout(refreshToken);
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'The signed-in user, their role and organisation.' })
  @ApiResult(200, meSchema)
  me(@Ctx() context: RequestContext) {
    return this.auth.me(context);
  }

  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @ApiOperation({ summary: 'Email a password-reset link (valid one hour) if the account exists. Always 202.' })
  @ApiResult(202, null, 'Accepted')
  requestPasswordReset(@ValidBody(passwordResetSchema) body: z.infer<typeof passwordResetSchema>) {
    return this.auth.requestPasswordReset(body);
  }

  @Post('password-reset/confirm')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with a reset link; ends every session of the account.' })
  @ApiResult(204, null, 'Password changed')
  confirmPasswordReset(
    @ValidBody(passwordResetConfirmSchema) body: z.infer<typeof passwordResetConfirmSchema>,
    @Client() client: ClientInfo,
  ) {
    return this.auth.confirmPasswordReset(body, client);
  }

  @Post('accept-invitation')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Activate an invited account with a password of its own, and sign in.' })
  @SessionCookie('issue')
  @ApiResult(200, sessionTokensSchema)
  acceptInvitation(@ValidBody(acceptInvitationSchema) body: z.infer<typeof acceptInvitationSchema>, @Client() client: ClientInfo) {
    return this.auth.acceptInvitation(body, client);
  }
}
