import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type { ServerFunctionClient } from 'payload'
import type React from 'react'

import { reviewServerFunctions } from '../../workflow/serverFunctions'
import { importMap } from './admin/importMap'
import './custom.css'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  // Scheduling goes through the review chain's rules (src/workflow/serverFunctions.ts).
  return handleServerFunctions({ ...args, config, importMap, serverFunctions: reviewServerFunctions })
}

export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )
}
